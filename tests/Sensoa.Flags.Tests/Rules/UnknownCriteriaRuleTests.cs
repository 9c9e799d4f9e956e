using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Tests.Rules;

public sealed class UnknownCriteriaRuleTests
{
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
