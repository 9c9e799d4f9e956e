using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>
/// Small and large incidents (a few ids and dozens) must report the same errors at the same paths, and a large incident
/// of bystanders must assess like the small one.
/// </summary>
public sealed class IncidentValidatorScaleTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Validate_DuplicatePersonId_NamesTheFirst(int people)
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < people; i++)
        {
            builder.Person(i == people - 1 ? "p1" : $"p{i + 1}", 14);
        }

        var errors = Assess.Assessor.Assess(builder.Behaviour(Criteria.AllAt(CriterionRating.Green), affected: ["p2"]).Build()).Errors;

        errors.Should().ContainSingle().Which.Should().BeEquivalentTo(new
        {
            Path = $"$.people[{people - 1}].id",
            Code = ValidationCodes.DuplicateId,
            Message = "the id of $.people[0] is used again",
        });
    }

    [Theory]
    [InlineData(3)]
    [InlineData(40)]
    public void Validate_DuplicateBehaviourIdAndDanglingActor_Reported(int behaviours)
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < 20; i++)
        {
            builder.Person($"p{i + 1}", 14);
        }

        for (var i = 0; i < behaviours; i++)
        {
            var last = i == behaviours - 1;
            builder.Behaviour(Criteria.AllAt(CriterionRating.Green), actor: last ? "ghost" : $"p{(i % 20) + 1}", id: last ? "b2" : $"b{i + 1}");
        }

        var errors = Assess.Assessor.Assess(builder.Build()).Errors;

        errors.Select(e => (e.Path, e.Code, e.Message)).Should().BeEquivalentTo(
        [
            ($"$.behaviours[{behaviours - 1}].id", ValidationCodes.DuplicateId, "the id of $.behaviours[1] is used again"),
            ($"$.behaviours[{behaviours - 1}].actorId", ValidationCodes.DanglingId, "names no person of this incident"),
        ]);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(30)]
    public void Validate_AffectedListedTwiceAndDangling_ReportedAtTheirIndex(int affected)
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < 40; i++)
        {
            builder.Person($"p{i + 1}", 14);
        }

        var ids = Enumerable.Range(2, affected).Select(i => $"p{i}").ToArray();
        ids[^1] = "p2";
        ids[^2] = "ghost";
        var errors = Assess.Assessor.Assess(builder.Behaviour(Criteria.AllAt(CriterionRating.Green), affected: ids).Build()).Errors;

        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(
        [
            ($"$.behaviours[0].affectedIds[{affected - 2}]", ValidationCodes.DanglingId),
            ($"$.behaviours[0].affectedIds[{affected - 1}]", ValidationCodes.DuplicateId),
        ]);
    }

    [Fact]
    public void Validate_ManyPeople_ActorsFoundAndAssessed()
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < 40; i++)
        {
            builder.Person($"p{i + 1}", 14);
        }

        builder.Behaviour(Criteria.AllAt(CriterionRating.Green) with { Consent = CriterionRating.Red }, actor: "p40", affected: ["p39"]);

        var assessment = Assess.Incident(builder.Build());

        assessment.Behaviours.Single().Should().BeEquivalentTo(new { ActorId = "p40", Flag = Flag.Red });
    }

    /// <summary>
    /// Above the scan limit the people are found through the index that validation built (or, for JSON, that the
    /// assessor builds for an incident validated while parsing): the actor, those affected and the routing's ages must
    /// come out as in a small incident.
    /// </summary>
    [Fact]
    public void Assess_ManyPeople_SameAsSmallIncidentThroughTypedAndJsonPaths()
    {
        static Incident Build(int bystanders)
        {
            var builder = IncidentBuilder.Flanders();
            for (var i = 0; i < bystanders; i++)
            {
                builder.Person($"x{i + 1}", 15);
            }

            return builder.Person("adult", 34).Person("child", 12)
                .Behaviour(Criteria.AllAt(CriterionRating.Green) with { Consent = CriterionRating.Red }, actor: "adult", affected: ["child"])
                .Build();
        }

        var assessor = FlagAssessor.Create();
        var small = SensoaJson.Serialize(assessor.Assess(Build(0)).Assessment!);
        var large = Build(48);

        SensoaJson.Serialize(assessor.Assess(large).Assessment!).Should().Be(small);
        SensoaJson.Serialize(assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(SensoaJson.Serialize(large))).Assessment!).Should().Be(small);
    }
}
