using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

/// <summary><c>intimacy.handsOn</c> on its own; the assessor's tests of the whole chain are in Organisation/ and IncidentAssessmentTests.</summary>
public sealed class HandsOnRuleTests
{
    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Unknown)]
    public void Alone_Present_AddsTheConsiderationAndLeavesTheFlag(CriterionRating level)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Flags.Criteria.AllAt(level), affected: ["p2"], intimacy: Intimacy.HandsOn), typeof(HandsOnRule));

        fact.Considerations.Select(c => c.ToConsideration(RuleTest.English).Id).Should().Equal(HandsOnRule.Id);
        fact.Fired().Should().NotContain(HandsOnRule.Id);
        fact.Flag.Should().Be(level.ToFlag());
    }

    [Fact]
    public void Alone_Absent_DoesNotFire()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Yellow), affected: ["p2"], intimacy: Intimacy.HandsOff), typeof(HandsOnRule));

        fact.Considerations.Should().BeEmpty();
    }
}
