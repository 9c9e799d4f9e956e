using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class RepetitionYellowToRedRuleTests
{
    [Fact]
    public void Alone_YellowRepeated_BecomesRed()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Yellow), affected: ["p2"], repeated: true), typeof(RepetitionYellowToRedRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id, RepetitionYellowToRedRule.Id);
        fact.FiringOf(RepetitionYellowToRedRule.Id).Should().Be(new FiredRule(
            RepetitionYellowToRedRule.Id, Flag.Yellow, Flag.Red, "The behaviour was repeated: lightly boundary-crossing becomes serious, yellow becomes red."));
    }

    [Theory]
    [InlineData(CriterionRating.Yellow, false)]
    [InlineData(CriterionRating.Green, true)]
    [InlineData(CriterionRating.Red, true)]
    public void Alone_NotYellowOrNotRepeated_DoesNotFire(CriterionRating level, bool repeated)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(level), affected: ["p2"], repeated: repeated), typeof(RepetitionYellowToRedRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_YellowAConcernMade_DoesNotFire()
    {
        var incident = Flanders().Behaviour(Criteria(CriterionRating.Green), affected: ["p2"], repeated: true).Build();

        var fact = RuleTest.Fire(
            incident, [typeof(OrganisationConcernRule), typeof(RepetitionYellowToRedRule)], facts => [new ConcernFact(facts[0], "house", "a reason", Flag.Yellow)]).Single();

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id, OrganisationConcernRule.Id);
        fact.Flag.Should().Be(Flag.Yellow);
    }

    [Fact]
    public void Fires_YellowRepeated_BecomesRed()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), repeated: true);
        result.ComputedFlag.Should().Be(Flag.Red);
        result.FiredRules.Should().ContainSingle(r => r.Id == "repetition.yellowToRed" && r.From == Flag.Yellow && r.To == Flag.Red);
    }

    [Fact]
    public void DoesNotFire_NotRepeated()
    {
        Assess.Single(Criteria(CriterionRating.Yellow)).RuleIds().Should().NotContain("repetition.yellowToRed");
    }

    [Fact]
    public void DoesNotFire_GreenRepeated_ChangesNothing()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Green), repeated: true);
        result.ComputedFlag.Should().Be(Flag.Green);
        result.RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Theory]
    [InlineData(5.9, false, false)]
    [InlineData(3, false, false)]
    [InlineData(14, true, false)]
    [InlineData(14, false, true)]
    public void Fires_YoungDisabledOrLowFunctioning_RepetitionCountsForEveryone(double age, bool disability, bool lowFunctioning)
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), repeated: true, actorAge: age, disability: disability, lowFunctioning: lowFunctioning);
        result.ComputedFlag.Should().Be(Flag.Red);
        result.RuleIds().Should().Equal("criteria.mostSevere", "repetition.yellowToRed");
    }

    [Fact]
    public void Fires_AgedExactlySix_NotExempt()
    {
        Assess.Single(Criteria(CriterionRating.Yellow), repeated: true, actorAge: 6).ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void DoesNotFire_AwareOnly_AwarenessIsNoRaise()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), repeated: true, aware: true);
        result.RuleIds().Should().Equal("criteria.mostSevere", "repetition.yellowToRed");
        result.ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void Fires_ThenChainsIntoKnownBoundary_YellowBecomesBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), repeated: true, priorSerious: true);
        result.RuleIds().Should().Equal("criteria.mostSevere", "repetition.yellowToRed", "knownBoundary.redToBlack");
    }
}
