using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class UnknownCriteriaRuleTests
{
    [Fact]
    public void Alone_SomeUnknownBelowBlack_LowerBoundAndInsufficient()
    {
        var criteria = Criteria(CriterionRating.Yellow).With(Criterion.Impact, CriterionRating.Unknown);

        var fact = RuleTest.Single(Flanders().Behaviour(criteria, affected: ["p2"]), typeof(UnknownCriteriaRule));

        fact.Status.Should().Be(AssessmentStatus.InsufficientInformation);
        fact.FiringOf(UnknownCriteriaRule.Id).Should().Be(new FiredRule(
            UnknownCriteriaRule.Id, Flag.Yellow, Flag.Yellow, "Not rated yet: impact. The flag yellow is a lower bound until they are rated: insufficient information."));
    }

    [Fact]
    public void Alone_Black_CompleteAndSaysSo()
    {
        var criteria = Criteria(CriterionRating.Black).With(Criterion.Impact, CriterionRating.Unknown);

        var fact = RuleTest.Single(Flanders().Behaviour(criteria, affected: ["p2"]), typeof(UnknownCriteriaRule));

        fact.Status.Should().Be(AssessmentStatus.Complete);
        fact.FiringOf(UnknownCriteriaRule.Id).Message.Should().Contain("already black");
    }

    [Fact]
    public void Alone_EveryCriterionRated_DoesNotFire()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Yellow), affected: ["p2"]), typeof(UnknownCriteriaRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
        fact.Status.Should().Be(AssessmentStatus.Complete);
    }

    [Fact]
    public void Fires_SomeUnknownBelowBlack_InsufficientInformationAndNamesThem()
    {
        var criteria = Criteria(CriterionRating.Yellow, Criterion.Consent)
            .With(Criterion.Impact, CriterionRating.Unknown)
            .With(Criterion.Equality, CriterionRating.Unknown);
        var result = Assess.Single(criteria);
        result.Status.Should().Be(AssessmentStatus.InsufficientInformation);
        result.UnknownCriteria.Should().Equal(Criterion.Equality, Criterion.Impact);
        result.ComputedFlag.Should().Be(Flag.Yellow, "the known criteria give a lower bound");
        var fired = result.FiredRules.Single(r => r.Id == "criteria.unknown");
        fired.From.Should().Be(Flag.Yellow);
        fired.To.Should().Be(Flag.Yellow);
        fired.Message.Should().Contain("equality").And.Contain("impact");
    }

    [Fact]
    public void Fires_AllUnknown_NoFlagAndInsufficient()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Unknown));
        result.Status.Should().Be(AssessmentStatus.InsufficientInformation);
        result.UnknownCriteria.Should().HaveCount(6);
        result.RuleIds().Should().Equal("criteria.unknown");
        result.Registration.Should().Be(Registration.None);
    }

    [Fact]
    public void Fires_UnknownButBlack_Complete()
    {
        var criteria = Criteria(CriterionRating.Black, Criterion.Voluntariness).With(Criterion.Impact, CriterionRating.Unknown);
        var result = Assess.Single(criteria);
        result.Status.Should().Be(AssessmentStatus.Complete);
        result.RuleIds().Should().Contain("criteria.unknown");
    }

    [Fact]
    public void Fires_UnknownAndRaisedToBlackByRepetition_CompleteBecauseItSeesTheFinalComputedFlag()
    {
        var criteria = Criteria(CriterionRating.Red, Criterion.Consent).With(Criterion.Impact, CriterionRating.Unknown);
        var result = Assess.Single(criteria, repeated: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        result.Status.Should().Be(AssessmentStatus.Complete);
    }

    [Fact]
    public void DoesNotFire_AllRated()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red, Criterion.Consent));
        result.RuleIds().Should().NotContain("criteria.unknown");
        result.Status.Should().Be(AssessmentStatus.Complete);
        result.UnknownCriteria.Should().BeEmpty();
    }
}
