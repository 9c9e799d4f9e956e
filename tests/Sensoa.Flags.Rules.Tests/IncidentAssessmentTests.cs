using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests;

public sealed class IncidentAssessmentTests
{
    [Fact]
    public void Assess_TwoPeople_EachBehaviourOnItsOwn()
    {
        var incident = IncidentBuilder.Flanders()
            .Behaviour(Criteria(CriterionRating.Black, Criterion.Consent), actor: "p1", affected: ["p2"], id: "abuse")
            .Behaviour(Criteria(CriterionRating.Yellow, Criterion.Context), actor: "p2", affected: ["p1"], id: "reaction")
            .Build();
        var result = Assess.Incident(incident);
        result.Behaviours.Select(b => (b.BehaviourId, b.ActorId, b.Flag)).Should().Equal(
            ("abuse", "p1", Flag.Black),
            ("reaction", "p2", Flag.Yellow));
    }

    [Fact]
    public void Assess_VictimFlag_DoesNotDependOnTheActorsCriteria()
    {
        Flag? VictimFlag(CriterionRating actorLevel) => Assess.Incident(IncidentBuilder.Flanders()
            .Behaviour(Criteria(actorLevel), actor: "p1", affected: ["p2"], repeated: true, aware: true)
            .Behaviour(Criteria.AllAt(CriterionRating.Green), actor: "p2")
            .Build()).Behaviours[1].Flag;

        foreach (var level in Enum.GetValues<CriterionRating>())
        {
            VictimFlag(level).Should().Be(Flag.Green);
        }
    }

    [Fact]
    public void Assess_KeepsInputOrderOfBehaviours()
    {
        var builder = IncidentBuilder.Flanders();
        for (var i = 0; i < 10; i++)
        {
            builder.Behaviour(Criteria(CriterionRating.Yellow), actor: i % 2 == 0 ? "p1" : "p2", id: $"z{9 - i}");
        }

        Assess.Incident(builder.Build()).Behaviours.Select(b => b.BehaviourId)
            .Should().Equal(Enumerable.Range(0, 10).Select(i => $"z{9 - i}"));
    }

    [Theory]
    [InlineData(CriterionRating.Green, Registration.None)]
    [InlineData(CriterionRating.Yellow, Registration.None)]
    [InlineData(CriterionRating.Red, Registration.Internal)]
    [InlineData(CriterionRating.Black, Registration.InternalAndExternal)]
    public void Registration_FollowsTheFinalFlag(CriterionRating level, Registration expected)
    {
        Assess.Single(Criteria(level)).Registration.Should().Be(expected);
    }

    [Fact]
    public void Assess_CarriesTheRuleSetVersion()
    {
        var result = Assess.Incident(IncidentBuilder.Flanders().Behaviour(Criteria(CriterionRating.Green)).Build());
        result.RuleSetVersion.Should().Be(FlagAssessor.RuleSetVersion).And.MatchRegex(@"^\d+\.\d+\.\d+$");
        Assess.Assessor.RuleSetVersion.Should().Be(result.RuleSetVersion);
    }

    [Fact]
    public void Assess_InvalidIncidentFromCode_ErrorsNotException()
    {
        var incident = IncidentBuilder.Flanders().Behaviour(Criteria(CriterionRating.Green), actor: "nobody").Build();
        var result = Assess.Assessor.Assess(incident);
        result.IsValid.Should().BeFalse();
        result.Errors.Should().ContainSingle(e => e.Path == "$.behaviours[0].actorId" && e.Code == ValidationCodes.DanglingId);
    }

    [Fact]
    public void Assess_NullIncident_ErrorNotException()
    {
        var result = Assess.Assessor.Assess(null!);
        result.Errors.Should().ContainSingle(e => e.Path == "$");
    }

    [Fact]
    public void DescribeRules_EveryRuleHasADescriptionInBothLanguages()
    {
        var en = FlagAssessor.DescribeRules();
        var nl = FlagAssessor.DescribeRules(System.Globalization.CultureInfo.GetCultureInfo("nl"));
        en.Select(r => r.Id).Should().OnlyHaveUniqueItems().And.Contain([
            "criteria.mostSevere", "criteria.unknown", "sexting.distribution", "repetition.yellowToRed", "repetition.redToBlack",
            "knownBoundary.redToBlack", "flag.ceiling", "intimacy.handsOn", "intimacy.handsOff", "awareness.atTheTime"]);
        en.Should().NotContain(r => r.Id == "repetition.exception" || r.Id == "awareness.redToBlack" || r.Id == "unsafeContext.greenToYellow" || r.Id == "sexting.forwarding");
        en.Should().OnlyContain(r => r.Source.Document.Length > 0 && r.Source.Part.Length > 0);
        en.Should().OnlyContain(r => !r.Description.StartsWith("rule.", StringComparison.Ordinal));
        nl.Zip(en).Should().OnlyContain(p => p.First.Description != p.Second.Description);
    }
}
