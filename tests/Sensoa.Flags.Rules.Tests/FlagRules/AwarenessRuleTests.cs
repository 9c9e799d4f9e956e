using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class AwarenessRuleTests
{
    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Unknown)]
    public void Alone_Present_AddsTheConsiderationAndLeavesTheFlag(CriterionRating level)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Flags.Criteria.AllAt(level), affected: ["p2"], aware: true), typeof(AwarenessRule));

        fact.Considerations.Select(c => c.ToConsideration(RuleTest.English).Id).Should().Equal(AwarenessRule.Id);
        fact.Fired().Should().NotContain(AwarenessRule.Id);
        fact.Flag.Should().Be(level.ToFlag());
    }

    [Fact]
    public void Alone_Absent_DoesNotFire()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Yellow), affected: ["p2"], aware: false), typeof(AwarenessRule));

        fact.Considerations.Should().BeEmpty();
    }

    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void Fires_Aware_ConsiderationNeverARaise(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), aware: true);
        result.Considerations.Should().ContainSingle(c => c.Id == "awareness.atTheTime");
        result.ComputedFlag.Should().Be(level.ToFlag(), "awareness is a factor the professional weighs, not a rule");
        result.RuleIds().Should().Equal("criteria.mostSevere");
    }

    [Fact]
    public void DoesNotFire_NotAware()
    {
        Assess.Single(Criteria(CriterionRating.Red)).Considerations.Should().NotContain(c => c.Id == "awareness.atTheTime");
    }

    [Fact]
    public void Override_AwarenessRaisesRedToBlack_Accepted()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), aware: true, overrideRequest: new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Awareness, Reason = "knew the rule well" });
        result.ComputedFlag.Should().Be(Flag.Red);
        result.Flag.Should().Be(Flag.Black);
        result.Override!.Accepted.Should().BeTrue();
    }
}
