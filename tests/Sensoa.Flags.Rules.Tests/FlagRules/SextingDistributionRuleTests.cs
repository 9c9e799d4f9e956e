using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class SextingDistributionRuleTests
{
    [Fact]
    public void Alone_GreenDistributing_BecomesYellowWithTheConsideration()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Green), affected: ["p2"], distributes: true), typeof(SextingDistributionRule));

        fact.FiringOf(SextingDistributionRule.Id).Should().Be(new FiredRule(
            SextingDistributionRule.Id, Flag.Green, Flag.Yellow, "This behaviour shares or forwards someone else's sexual images. That always crosses a boundary, so the flag is at least yellow; rate consent, impact and context for how much heavier it is. The person in the images is not to blame."));
        fact.Considerations.Select(c => c.RuleId).Should().Equal(SextingDistributionRule.Id);
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Unknown)]
    public void Alone_NotGreen_OnlyTheConsideration(CriterionRating level)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Flags.Criteria.AllAt(level), affected: ["p2"], distributes: true), typeof(SextingDistributionRule));

        fact.Fired().Should().NotContain(SextingDistributionRule.Id);
        fact.Considerations.Select(c => c.RuleId).Should().Equal(SextingDistributionRule.Id);
    }

    [Fact]
    public void Alone_NotDistributing_DoesNotFire()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Green), affected: ["p2"]), typeof(SextingDistributionRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
        fact.Considerations.Should().BeEmpty();
    }

    [Fact]
    public void Fires_GreenDistributing_BecomesYellowWithAConsideration()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), distributes: true);
        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.FiredRules.Should().ContainSingle(r => r.Id == "sexting.distribution" && r.From == Flag.Green && r.To == Flag.Yellow);
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void Fires_AlreadyYellowOrHeavier_OnlyTheConsideration(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), distributes: true);
        result.ComputedFlag.Should().Be(level.ToFlag(), "the criteria decide how much heavier");
        result.RuleIds().Should().NotContain("sexting.distribution");
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }

    [Fact]
    public void Fires_ThenRepetition_YellowFromDistributionBecomesRed()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), distributes: true, repeated: true);
        result.RuleIds().Should().Equal("criteria.mostSevere", "sexting.distribution", "repetition.yellowToRed");
        result.ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void DoesNotFire_PersonPortrayed_OwnGreenBehaviourStaysGreen()
    {
        var incident = IncidentBuilder.Flanders().Sexting()
            .Behaviour(Criteria.AllAt(CriterionRating.Green), actor: "p1", affected: ["p2"], id: "sent-own-picture")
            .Behaviour(Criteria(CriterionRating.Red, Criterion.Consent), actor: "p2", affected: ["p1"], distributes: true, id: "forwarded")
            .Build();
        var result = Assess.Incident(incident);

        result.Behaviours[0].Flag.Should().Be(Flag.Green);
        result.Behaviours[0].Considerations.Should().BeEmpty("the incident-wide sexting consideration on every behaviour is gone");
        result.Behaviours[1].Flag.Should().Be(Flag.Red);
    }

    [Fact]
    public void DoesNotFire_NotDistributing()
    {
        var result = Assess.Single(IncidentBuilder.Flanders().Sexting().Behaviour(Criteria.AllAt(CriterionRating.Green)));
        result.ComputedFlag.Should().Be(Flag.Green);
        result.Considerations.Should().BeEmpty();
    }

    [Fact]
    public void Fires_AllCriteriaUnknown_NoFlagYetButTheConsideration()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Unknown), distributes: true);
        result.ComputedFlag.Should().BeNull();
        result.Considerations.Should().ContainSingle(c => c.Id == "sexting.distribution");
    }
}
