using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

/// <summary>A firing's written form is kept per language for records of closed values: it must never cross languages or sets of criteria.</summary>
public sealed class FiringTests
{
    [Fact]
    public void ToFiredRule_SameRecordInTurnInEnglishAndDutch_EachInItsOwnLanguage()
    {
        var fact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red, Criterion.Consent), affected: ["p2"]));
        var firing = fact.Firings.Single(f => f.RuleId == MostSevereCriterionRule.Id);

        var english = firing.ToFiredRule(RuleTest.English);
        var dutch = firing.ToFiredRule(RuleTest.Dutch);

        english.Message.Should().Be(firing.Message(RuleTest.English)).And.Contain("consent");
        dutch.Message.Should().Be(firing.Message(RuleTest.Dutch)).And.NotBe(english.Message);
        firing.ToFiredRule(RuleTest.English).Should().Be(english);
    }

    [Fact]
    public void ToFiredRule_OtherCriteriaAtTheSameLevel_OwnMessage()
    {
        var consent = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red, Criterion.Consent), affected: ["p2"]));
        var impact = RuleTest.Single(Flanders().Behaviour(Criteria(CriterionRating.Red, Criterion.Impact), affected: ["p2"]));

        var first = consent.FiringOf(MostSevereCriterionRule.Id).Message;
        var second = impact.FiringOf(MostSevereCriterionRule.Id).Message;

        first.Should().Contain("consent").And.NotContain("impact");
        second.Should().Contain("impact").And.NotContain("consent");
    }
}
