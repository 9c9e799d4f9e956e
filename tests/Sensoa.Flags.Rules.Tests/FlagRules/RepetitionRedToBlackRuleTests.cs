using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class RepetitionRedToBlackRuleTests
{
    [Fact]
    public void Alone_RedRepeated_BecomesBlack()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red), affected: ["p2"], repeated: true), typeof(RepetitionRedToBlackRule));

        fact.FiringOf(RepetitionRedToBlackRule.Id).Should().Be(new FiredRule(
            RepetitionRedToBlackRule.Id, Flag.Red, Flag.Black, "The behaviour was repeated: serious becomes very serious, red becomes black."));
        fact.Applied.Should().Be(Aggravation.Repetition);
    }

    [Theory]
    [InlineData(CriterionRating.Red, false)]
    [InlineData(CriterionRating.Yellow, true)]
    [InlineData(CriterionRating.Black, true)]
    public void Alone_NotRedOrNotRepeated_DoesNotFire(CriterionRating level, bool repeated)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(level), affected: ["p2"], repeated: repeated), typeof(RepetitionRedToBlackRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_RedThatRepetitionMade_DoesNotFire()
    {
        var fact = RuleTest.Single(
            Flanders().Behaviour(Criteria(CriterionRating.Yellow), affected: ["p2"], repeated: true), typeof(RepetitionYellowToRedRule), typeof(RepetitionRedToBlackRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id, RepetitionYellowToRedRule.Id);
    }

    [Fact]
    public void Fires_RedRepeated_BecomesBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), repeated: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        result.FiredRules.Should().ContainSingle(r => r.Id == "repetition.redToBlack" && r.From == Flag.Red && r.To == Flag.Black);
    }

    [Fact]
    public void DoesNotFire_YellowRepeated_RepetitionCountsOnce()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), repeated: true);
        result.ComputedFlag.Should().Be(Flag.Red);
        result.RuleIds().Should().NotContain("repetition.redToBlack");
    }

    [Fact]
    public void DoesNotFire_NotRepeated()
    {
        Assess.Single(Criteria(CriterionRating.Red)).ComputedFlag.Should().Be(Flag.Red);
    }

    [Theory]
    [InlineData(4, false, false)]
    [InlineData(30, true, false)]
    [InlineData(30, false, true)]
    public void Fires_YoungDisabledOrLowFunctioning_BecomesBlack(double age, bool disability, bool lowFunctioning)
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), repeated: true, actorAge: age, disability: disability, lowFunctioning: lowFunctioning);
        result.ComputedFlag.Should().Be(Flag.Black);
        result.RuleIds().Should().Contain("repetition.redToBlack");
    }

    [Fact]
    public void DoesNotFire_AlreadyBlack()
    {
        Assess.Single(Criteria(CriterionRating.Black), repeated: true).RuleIds().Should().NotContain("repetition.redToBlack");
    }
}
