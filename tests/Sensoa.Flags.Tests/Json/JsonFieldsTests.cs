using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Tests.Json;

/// <summary>
/// An integrator's own document read with the public reading kit (<see cref="JsonInput"/>, <see cref="JsonFields"/>,
/// <see cref="ErrorCollector"/>): the errors keep the library's contract (paths, codes, messages that follow the language).
/// </summary>
public sealed class JsonFieldsTests
{
    private static readonly JsonFieldSet VisitFields = new(["caseId", "at", "flag", "notes"]);

    [Fact]
    public void Read_ValidDocument_ReturnsItsValues()
    {
        var (visit, errors) = Read("""{"caseId":"c-1","at":"2026-03-02T09:15:00.000+01:00","flag":"red","notes":["a","b"]}""");

        errors.Should().BeEmpty();
        visit.Should().BeEquivalentTo(new Visit("c-1", new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.FromHours(1)), Flag.Red, ["a", "b"]));
    }

    [Fact]
    public void Read_MisspeltProperty_SaysDidYouMeanAtItsPath()
    {
        var (_, errors) = Read("""{"caseId":"c-1","at":"2026-03-02T09:15:00.000+01:00","flag":"red","nots":[]}""");

        errors.Should().ContainSingle().Which.Should().Be(new ValidationError(
            "$.nots", ValidationCodes.UnknownProperty, "unknown property; did you mean 'notes'? allowed here: caseId, at, flag, notes"));
    }

    [Fact]
    public void Read_Problems_OneErrorPerPathInTheLibrarysCodes()
    {
        var (visit, errors) = Read("""{"at":"2026-03-02T09:15","flag":"purple","notes":[1],"flag":"red"}""");

        visit.Should().BeNull();
        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.flag", ValidationCodes.DuplicateProperty),
            ("$.caseId", ValidationCodes.Required),
            ("$.at", ValidationCodes.Invalid),
            ("$.notes[0]", ValidationCodes.WrongType),
        });
    }

    [Fact]
    public void Localize_ErrorOfTheKit_FollowsTheLanguage()
    {
        var (_, errors) = Read("""{"caseId":"c-1","at":"2026-03-02T09:15:00.000+01:00","flag":"red","notes":[7]}""");

        errors.Should().ContainSingle().Which.Localize(CultureInfo.GetCultureInfo("nl-BE")).Message
            .Should().Be("verwacht een tekst, gevonden: een getal");
    }

    [Fact]
    public void Read_NoJson_ReportsAtTheRootWithoutCallingTheReader()
    {
        var errors = new ErrorCollector();

        var read = JsonInput.Read("{\"caseId\":"u8, errors, (_, _) => "called");

        read.Should().BeNull();
        errors.ToList().Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.InvalidJson);
    }

    [Fact]
    public void Read_NoObject_ReportsWrongTypeAndGivesPlaceholders()
    {
        var (visit, errors) = Read("[]");

        visit.Should().BeNull();
        errors.Should().ContainSingle().Which.Should().Be(new ValidationError("$", ValidationCodes.WrongType, "expected an object, found an array"));
    }

    [Fact]
    public void Constructor_NameTwiceOrTooManyNames_Throws()
    {
        var twice = () => new JsonFieldSet(["a", "b", "a"]);
        var tooMany = () => new JsonFieldSet([.. Enumerable.Range(0, JsonFields.MaxNames + 1).Select(i => "n" + i)]);

        twice.Should().Throw<ArgumentException>();
        tooMany.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Contains_AllowedAndOtherNames_TellsThemApart()
    {
        VisitFields.Contains("notes").Should().BeTrue();
        VisitFields.Contains("Notes").Should().BeFalse();
        VisitFields.Names.Should().Equal("caseId", "at", "flag", "notes");
    }

    [Fact]
    public void Add_SecondErrorAtAPath_KeepsTheFirst()
    {
        var errors = new ErrorCollector();

        errors.Add("$.caseId", ValidationCodes.Required, "first");
        errors.Add(new ValidationError("$.caseId", ValidationCodes.Invalid, "second"));

        errors.HasErrors.Should().BeTrue();
        errors.ToList().Should().ContainSingle().Which.Message.Should().Be("first");
    }

    [Fact]
    public void ToList_MoreThanTheCap_EndsWithHowManyMore()
    {
        var errors = new ErrorCollector();
        for (var i = 0; i < Limits.MaxErrors + 3; i++)
        {
            errors.Add(JsonPaths.Index("$.notes", i), ValidationCodes.Invalid, "bad");
        }

        var list = errors.ToList();

        list.Should().HaveCount(Limits.MaxErrors + 1);
        list[^1].Should().Be(new ValidationError("$", ValidationCodes.TooLarge, $"3 more error(s) not shown; at most {Limits.MaxErrors} are reported"));
    }

    [Theory]
    [InlineData("c-1", true)]
    [InlineData(" ", false)]
    [InlineData("a\u0007b", false)]
    [InlineData(null, false)]
    public void Check_Id_FollowsTheContractsRule(string? id, bool valid)
    {
        var errors = new ErrorCollector();

        Ids.Check(id, "$.caseId", errors).Should().Be(valid);
        errors.HasErrors.Should().Be(!valid);
    }

    [Fact]
    public void Check_IdTooLong_IsRefused()
    {
        var errors = new ErrorCollector();

        Ids.Check(new string('x', Limits.MaxIdLength + 1), "$.caseId", errors).Should().BeFalse();
        errors.ToList().Should().ContainSingle().Which.Code.Should().Be(ValidationCodes.TooLarge);
    }

    [Fact]
    public void WriteAndTryRead_Moment_RoundTripsInTheOneFormat()
    {
        var moment = new DateTimeOffset(2026, 3, 2, 9, 15, 0, 250, TimeSpan.FromHours(1));

        var text = JsonTimestamps.Write(moment);

        text.Should().Be("2026-03-02T09:15:00.250+01:00");
        JsonTimestamps.TryRead(text, out var read).Should().BeTrue();
        read.Should().Be(moment);
        JsonTimestamps.TryRead("2026-03-02T09:15:00+01:00", out _).Should().BeFalse();
    }

    [Fact]
    public void PropertyIndexUnder_Paths_InTheContractsNotation()
    {
        JsonPaths.Property(JsonPaths.Root, "people").Should().Be("$.people");
        JsonPaths.Property("$", "odd name").Should().Be("$['odd name']");
        JsonPaths.Index("$.people", 2).Should().Be("$.people[2]");
        JsonPaths.Under("$.incident", "$.people[0]").Should().Be("$.incident.people[0]");
    }

    [Fact]
    public void NameAndTryParse_EnumValue_UseTheContractName()
    {
        EnumNames<AssessmentStatus>.Name(AssessmentStatus.InsufficientInformation).Should().Be("insufficientInformation");
        EnumNames.Of(Flag.Yellow).Should().Be("yellow");
        EnumNames<Flag>.TryParse("black", out var flag).Should().BeTrue();
        flag.Should().Be(Flag.Black);
        EnumNames<Flag>.TryParse("Black", out _).Should().BeFalse();
    }

    private static (Visit? Visit, IReadOnlyList<ValidationError> Errors) Read(string json)
    {
        var errors = new ErrorCollector();
        var visit = JsonInput.Read(Encoding.UTF8.GetBytes(json), errors, ReadVisit);
        return (errors.HasErrors ? null : visit, errors.ToList());
    }

    private static Visit ReadVisit(System.Text.Json.JsonElement root, ErrorCollector errors)
    {
        var fields = new JsonFields(root, JsonPaths.Root, VisitFields, errors);
        return new Visit(
            fields.RequiredString("caseId", Limits.MaxIdLength),
            JsonTimestamps.Required(fields, "at", errors),
            fields.RequiredEnum<Flag>("flag"),
            fields.OptionalArray("notes", 10, static (e, at, errors) => JsonFields.StringValue(e, at, 100, errors) ?? string.Empty));
    }

    private sealed record Visit(string CaseId, DateTimeOffset At, Flag Flag, IReadOnlyList<string> Notes);
}
