using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class CeilingRuleTests
{
    [Fact]
    public void Alone_BlackWithFactorsUnused_NamesThem()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Black), affected: ["p2"], repeated: true, priorSerious: true), typeof(CeilingRule));

        fact.FiringOf(CeilingRule.Id).Should().Be(new FiredRule(
            CeilingRule.Id, Flag.Black, Flag.Black, "Black is the heaviest flag: repetition, an earlier serious behaviour that was addressed cannot make it any heavier."));
    }

    [Fact]
    public void Alone_BlackWithoutFactors_DoesNotFire()
    {
        RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Black), affected: ["p2"]), typeof(CeilingRule)).Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_BelowBlack_DoesNotFire()
    {
        RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red), affected: ["p2"], repeated: true), typeof(CeilingRule)).Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_TheFactorMadeItBlack_DoesNotFire()
    {
        var fact = RuleTest.Single(
            Flanders().Behaviour(Criteria(CriterionRating.Red), affected: ["p2"], repeated: true), typeof(RepetitionRedToBlackRule), typeof(CeilingRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id, RepetitionRedToBlackRule.Id);
    }

    [Fact]
    public void Fires_BlackWithUnusedFactors_SaysTheyCannotRaiseIt()
    {
        var result = Assess.Single(Criteria(CriterionRating.Black), repeated: true, priorSerious: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        var fired = result.FiredRules.Single(r => r.Id == "flag.ceiling");
        fired.From.Should().Be(Flag.Black);
        fired.To.Should().Be(Flag.Black);
        fired.Message.Should().Contain("repetition").And.Contain("earlier serious");
    }

    [Fact]
    public void DoesNotFire_BlackWithoutFactors()
    {
        Assess.Single(Criteria(CriterionRating.Black), aware: true).RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void DoesNotFire_EveryFactorWasUsed()
    {
        Assess.Single(Criteria(CriterionRating.Red), repeated: true).RuleIds().Should().Equal("criteria.mostSevere", "repetition.redToBlack");
    }

    [Fact]
    public void DoesNotFire_BelowBlack()
    {
        Assess.Single(Criteria(CriterionRating.Yellow), priorSerious: true).RuleIds().Should().NotContain("flag.ceiling");
    }

    [Fact]
    public void Fires_BlackRepeatedByYoungActor_RepetitionCountsForEveryone()
    {
        Assess.Single(Criteria(CriterionRating.Black), repeated: true, actorAge: 4).RuleIds().Should().Contain("flag.ceiling");
    }
}
