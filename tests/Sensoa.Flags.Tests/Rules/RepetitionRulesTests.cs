using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Tests.Rules;

public sealed class RepetitionYellowToRedRuleTests
{
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

public sealed class RepetitionRedToBlackRuleTests
{
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
