using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class KnownBoundaryRuleTests
{
    [Fact]
    public void Alone_RedPriorSeriousAddressed_BecomesBlack()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red), affected: ["p2"], priorSerious: true), typeof(KnownBoundaryRule));

        fact.FiringOf(KnownBoundaryRule.Id).Should().Be(new FiredRule(
            KnownBoundaryRule.Id, Flag.Red, Flag.Black, "Earlier serious behaviour of this person was addressed appropriately, so they should know this boundary: red becomes black."));
        fact.Applied.Should().Be(Aggravation.KnownBoundary);
    }

    [Theory]
    [InlineData(CriterionRating.Red, false)]
    [InlineData(CriterionRating.Yellow, true)]
    [InlineData(CriterionRating.Black, true)]
    public void Alone_NotRedOrNoPriorSerious_DoesNotFire(CriterionRating level, bool priorSerious)
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(level), affected: ["p2"], priorSerious: priorSerious), typeof(KnownBoundaryRule));

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Fires_RedWithPriorSeriousAddressed_BecomesBlack()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red), priorSerious: true);
        result.ComputedFlag.Should().Be(Flag.Black);
        result.FiredRules.Should().ContainSingle(r => r.Id == "knownBoundary.redToBlack" && r.From == Flag.Red && r.To == Flag.Black);
    }

    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    public void DoesNotFire_BelowRed_ActsOnlyOnRed(CriterionRating level)
    {
        var result = Assess.Single(Criteria(level), priorSerious: true);
        result.RuleIds().Should().NotContain("knownBoundary.redToBlack");
        result.ComputedFlag.Should().Be(level.ToFlag());
    }

    [Fact]
    public void DoesNotFire_WithoutPriorSerious()
    {
        Assess.Single(Criteria(CriterionRating.Red)).RuleIds().Should().NotContain("knownBoundary.redToBlack");
    }

    [Fact]
    public void Fires_YoungActor_NoExceptionByAge()
    {
        Assess.Single(Criteria(CriterionRating.Red), priorSerious: true, actorAge: 5).ComputedFlag.Should().Be(Flag.Black);
    }
}
