using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class ConsiderationRulesTests
{
    [Theory]
    [InlineData(Intimacy.HandsOn, "intimacy.handsOn")]
    [InlineData(Intimacy.HandsOff, "intimacy.handsOff")]
    public void Fires_Intimacy_ReportedNotApplied(Intimacy intimacy, string id)
    {
        foreach (var level in new[] { CriterionRating.Green, CriterionRating.Yellow, CriterionRating.Red })
        {
            var result = Assess.Single(Criteria(level), intimacy: intimacy);
            result.Considerations.Should().ContainSingle(c => c.Id == id);
            result.ComputedFlag.Should().Be(level.ToFlag(), "intimacy never raises a flag by itself");
            result.RuleIds().Should().NotContain(id, "a consideration is not a flag rule");
        }
    }

    [Fact]
    public void DoesNotFire_IntimacyAbsent()
    {
        Assess.Single(Criteria(CriterionRating.Yellow)).Considerations.Should().BeEmpty();
    }

    [Fact]
    public void Considerations_InRuleOrder_DistributionIntimacyAwareness()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow), distributes: true, intimacy: Intimacy.HandsOff, aware: true);
        result.Considerations.Select(c => c.Id).Should().Equal("sexting.distribution", "intimacy.handsOff", "awareness.atTheTime");
    }
}
