using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests;

/// <summary>
/// Every documented limit is enforced on both ways in (JSON and a typed <see cref="Incident"/>): at the limit the input is
/// accepted, one beyond it is refused with a <c>tooLarge</c> (or, for years, <c>outOfRange</c>) error that names the path and the limit.
/// </summary>
public sealed class LimitsTests
{
    private static readonly string Reason = "a reason";

    public static TheoryData<string> Cases() => [.. LimitCases.Keys];

    private static readonly Dictionary<string, (Func<int, Incident> Make, int Limit, string Path, string Code)> LimitCases = new(StringComparer.Ordinal)
    {
        ["people"] = (n => With(people: n), Limits.MaxPeople, "$.people", ValidationCodes.TooLarge),
        ["behaviours"] = (n => With(behaviours: n), Limits.MaxBehaviours, "$.behaviours", ValidationCodes.TooLarge),
        ["person id"] = (n => Rename(With(), personId: new string('p', n)), Limits.MaxIdLength, "$.people[0].id", ValidationCodes.TooLarge),
        ["behaviour id"] = (n => Rename(With(), behaviourId: new string('b', n)), Limits.MaxIdLength, "$.behaviours[0].id", ValidationCodes.TooLarge),
        ["description"] = (n => Change(With(), b => b with { Description = new string('d', n) }), Limits.MaxDescriptionLength, "$.behaviours[0].description", ValidationCodes.TooLarge),
        ["reason"] = (n => Change(With(), b => b with { Override = new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.Intimacy, Reason = new string('r', n) } }), Limits.MaxReasonLength, "$.behaviours[0].override.reason", ValidationCodes.TooLarge),
        ["ageYears"] = (n => Aged(With(), n), (int)Limits.MaxYears, "$.people[0].ageYears", ValidationCodes.OutOfRange),
        ["occurredYearsAgo"] = (n => With() with { OccurredYearsAgo = n }, (int)Limits.MaxYears, "$.occurredYearsAgo", ValidationCodes.OutOfRange),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Limit_AtTheLimit_AcceptedBothWays(string limit)
    {
        var (make, max, _, _) = LimitCases[limit];
        var incident = make(max);
        Assess.Assessor.Assess(incident).Errors.Should().BeEmpty();
        Assess.Assessor.AssessJson(Json(incident)).Errors.Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Limit_OneBeyond_RefusedBothWaysWithPathAndLimit(string limit)
    {
        var (make, max, path, code) = LimitCases[limit];
        var incident = make(max + 1);
        foreach (var errors in new[] { Assess.Assessor.Assess(incident).Errors, Assess.Assessor.AssessJson(Json(incident)).Errors })
        {
            var error = errors.Should().ContainSingle(e => e.Path == path).Subject;
            error.Code.Should().Be(code);
            error.Message.Should().Contain(max.ToString(CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void AffectedIds_EveryOtherPersonAccepted_MoreThanMaxPeopleRefused()
    {
        // With the actor excluded and no repeats, a valid list holds at most MaxPeople - 1 ids; the limit is on the list.
        var all = With(people: Limits.MaxPeople, affected: Limits.MaxPeople - 1);
        Assess.Assessor.Assess(all).Errors.Should().BeEmpty();
        Assess.Assessor.AssessJson(Json(all)).Errors.Should().BeEmpty();

        var over = Change(all, b => b with { AffectedIds = [.. Enumerable.Repeat("p1", Limits.MaxPeople + 1)] });
        foreach (var errors in new[] { Assess.Assessor.Assess(over).Errors, Assess.Assessor.AssessJson(Json(over)).Errors })
        {
            errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e =>
                e.Path == "$.behaviours[0].affectedIds" && e.Code == ValidationCodes.TooLarge && e.Message.Contains("100"));
        }
    }

    [Fact]
    public void MaxInputBytes_ExactlyAccepted_OneMoreRefused()
    {
        var json = Json(With());
        var padded = new byte[Limits.MaxInputBytes];
        json.CopyTo(padded, 0);
        padded.AsSpan(json.Length).Fill((byte)' ');
        Assess.Assessor.AssessJson(padded).Errors.Should().BeEmpty();

        var over = padded.Append((byte)' ').ToArray();
        var error = Assess.Assessor.AssessJson(over).Errors.Should().ContainSingle().Subject;
        error.Should().Match<ValidationError>(e => e.Path == "$" && e.Code == ValidationCodes.TooLarge);
        error.Message.Should().Contain(Limits.MaxInputBytes.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MaxDepth_SixteenLevels_OnlyTheUnknownProperty_SeventeenTooLarge()
    {
        static string WithExtra(int arrays) =>
            Encoding.UTF8.GetString(Json(With())).Insert(1, "\"extra\": " + new string('[', arrays) + new string(']', arrays) + ",");

        // The root object is level 1, so 15 arrays inside it reach level 16.
        SensoaJson.ParseIncident(WithExtra(15)).Errors.Should().ContainSingle()
            .Which.Should().Match<ValidationError>(e => e.Path == "$.extra" && e.Code == ValidationCodes.UnknownProperty);
        var error = SensoaJson.ParseIncident(WithExtra(16)).Errors.Should().ContainSingle().Subject;
        error.Code.Should().Be(ValidationCodes.TooLarge);
        error.Path.Should().StartWith("$.extra");
        error.Message.Should().Contain(Limits.MaxDepth.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void MaxErrors_ManyProblems_CappedWithOneCountingTheRest()
    {
        var many = With(behaviours: 150);
        var incident = many with { Behaviours = [.. many.Behaviours.Select(b => b with { ActorId = "ghost" })] };
        foreach (var errors in new[] { Assess.Assessor.Assess(incident).Errors, Assess.Assessor.AssessJson(Json(incident)).Errors })
        {
            errors.Should().HaveCount(Limits.MaxErrors + 1);
            errors.Take(Limits.MaxErrors).Should().OnlyContain(e => e.Code == ValidationCodes.DanglingId);
            errors[^1].Should().Match<ValidationError>(e => e.Path == "$" && e.Code == ValidationCodes.TooLarge && e.Message.Contains("50 more"));
        }
    }

    private static byte[] Json(Incident incident) => Encoding.UTF8.GetBytes(SensoaJson.Serialize(incident));

    /// <summary>A valid incident: people p0.., behaviours b0.. of p0, the first affecting p1.. up to <paramref name="affected"/>.</summary>
    private static Incident With(int people = 2, int behaviours = 1, int affected = 1) => new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.School,
        People = [.. Enumerable.Range(0, people).Select(i => new Person { Id = "p" + i.ToString(CultureInfo.InvariantCulture), AgeYears = 14 })],
        Behaviours = [.. Enumerable.Range(0, behaviours).Select(i => new Behaviour
        {
            Id = "b" + i.ToString(CultureInfo.InvariantCulture),
            ActorId = "p0",
            AffectedIds = [.. Enumerable.Range(1, affected).Select(a => "p" + a.ToString(CultureInfo.InvariantCulture))],
            Criteria = Criteria.AllAt(CriterionRating.Yellow),
            Override = new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.Intimacy, Reason = Reason },
        })],
    };

    private static Incident Aged(Incident incident, double age) =>
        incident with { People = [incident.People[0] with { AgeYears = age }, .. incident.People.Skip(1)] };

    private static Incident Change(Incident incident, Func<Behaviour, Behaviour> change) =>
        incident with { Behaviours = [change(incident.Behaviours[0]), .. incident.Behaviours.Skip(1)] };

    private static Incident Rename(Incident incident, string? personId = null, string? behaviourId = null)
    {
        if (personId is not null)
        {
            incident = incident with { People = [incident.People[0] with { Id = personId }, .. incident.People.Skip(1)] };
            incident = incident with { Behaviours = [.. incident.Behaviours.Select(b => b with { ActorId = personId })] };
        }

        return behaviourId is null ? incident : Change(incident, b => b with { Id = behaviourId });
    }
}
