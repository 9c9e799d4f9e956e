using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class MostSevereCriterionRuleTests
{
    [Fact]
    public void Alone_MostSevereRating_StartsTheFlagNamingTheCriteriaAtIt()
    {
        var criteria = Criteria(CriterionRating.Red, Criterion.Consent, Criterion.Impact).With(Criterion.Context, CriterionRating.Yellow);

        var fact = RuleTest.Single(Flanders().Behaviour(criteria, affected: ["p2"]));

        fact.Flag.Should().Be(Flag.Red);
        fact.CriteriaFlag.Should().Be(Flag.Red);
        fact.FiringOf(MostSevereCriterionRule.Id).Should().Be(new FiredRule(
            MostSevereCriterionRule.Id, null, Flag.Red, "The most severe rated criterion sets the starting flag: consent, impact at red. Criteria are not added up."));
    }

    [Fact]
    public void Alone_EveryCriterionUnknown_DoesNotFire()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Flags.Criteria.AllAt(CriterionRating.Unknown), affected: ["p2"]));

        fact.Firings.Should().BeEmpty();
        fact.Flag.Should().BeNull();
    }

    /// <summary>The fact reads the most severe rating as a number (issue 7): green to black must number like the flags, unknown above them.</summary>
    [Fact]
    public void Ratings_GreenToBlack_NumberedLikeTheFlagsWithUnknownAbove()
    {
        foreach (var flag in Enum.GetValues<Flag>())
        {
            ((int)Enum.Parse<CriterionRating>(flag.ToString())).Should().Be((int)flag);
        }

        ((int)CriterionRating.Unknown).Should().BeGreaterThan((int)Flag.Black);
    }

    [Fact]
    public void Fires_TiedMostSevereCriteria_NamesEachOfThemAndNoOther()
    {
        var result = Assess.Single(Criteria(CriterionRating.Red, Criterion.Impact, Criterion.Consent) with { Context = CriterionRating.Yellow, Equality = CriterionRating.Unknown });
        result.CriteriaFlag.Should().Be(Flag.Red);
        var message = result.FiredRules[0].Message;
        message.Should().Contain("consent").And.Contain("impact");
        message.Should().NotContain("context").And.NotContain("equality");
    }

    [Theory]
    [InlineData(CriterionRating.Green, Flag.Green)]
    [InlineData(CriterionRating.Yellow, Flag.Yellow)]
    [InlineData(CriterionRating.Red, Flag.Red)]
    [InlineData(CriterionRating.Black, Flag.Black)]
    public void Fires_OneCriterionAtLevel_StartsAtThatLevel(CriterionRating level, Flag expected)
    {
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            var result = Assess.Single(Criteria(level, criterion));
            result.CriteriaFlag.Should().Be(expected, "criterion {0} is {1}", criterion, level);
            result.FiredRules[0].Should().Match<FiredRule>(r => r.Id == "criteria.mostSevere" && r.From == null && r.To == expected);
        }
    }

    [Fact]
    public void Fires_ThreeYellowCriteria_StaysYellowBecauseItIsNotASum()
    {
        var result = Assess.Single(Criteria(CriterionRating.Yellow, Criterion.Consent, Criterion.Context, Criterion.Impact));
        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.FiredRules.Should().ContainSingle();
    }

    [Fact]
    public void Fires_SixRedCriteria_StaysRed()
    {
        Assess.Single(Criteria.AllAt(CriterionRating.Red)).ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void Fires_MixedLevels_NamesTheCriteriaAtTheTop()
    {
        var criteria = Criteria(CriterionRating.Yellow, Criterion.Consent).With(Criterion.Impact, CriterionRating.Red);
        var rule = Assess.Single(criteria).FiredRules[0];
        rule.To.Should().Be(Flag.Red);
        rule.Message.Should().Contain("impact").And.NotContain("consent");
    }

    [Fact]
    public void DoesNotFire_AllSixUnknown_NoFlagYet()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Unknown));
        result.RuleIds().Should().NotContain("criteria.mostSevere");
        result.CriteriaFlag.Should().BeNull();
        result.ComputedFlag.Should().BeNull();
        result.Flag.Should().BeNull();
    }

    [Fact]
    public void Fires_UnknownCriteria_IgnoresThem()
    {
        var criteria = Criteria.AllAt(CriterionRating.Unknown).With(Criterion.Equality, CriterionRating.Yellow);
        Assess.Single(criteria).CriteriaFlag.Should().Be(Flag.Yellow);
    }
}
