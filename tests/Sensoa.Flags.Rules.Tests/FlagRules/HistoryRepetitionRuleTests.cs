using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Rules.Tests.FlagRules.HistoryFixture;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class HistoryRepetitionRuleTests
{
    private const string Id = "history.repetition";

    [Fact]
    public void Alone_YellowWithAnEarlierYellowOfTheSameKind_BecomesRedNamingIt()
    {
        var fact = Alone(CriterionRating.Yellow, Entry("h1", Flag.Yellow, labels: "touching"));

        fact.FiringOf(Id).Should().Be(new FiredRule(
            Id, Flag.Yellow, Flag.Red, "The case file holds an earlier behaviour of this person of the same kind: entry h1 of 2026-10-03 (yellow). The behaviour counts as repeated: yellow becomes red."));
    }

    [Fact]
    public void Alone_Green_NotesItStaysGreen()
    {
        var fact = Alone(CriterionRating.Green, Entry("h1", Flag.Red, labels: "touching"));

        fact.FiringOf(Id).Should().Match<FiredRule>(r => r.From == Flag.Green && r.To == Flag.Green && r.Message.EndsWith("it stays green.", StringComparison.Ordinal));
    }

    [Fact]
    public void Alone_InputRepetitionCountedAlready_DoesNotFire()
    {
        var incident = HistoryFixture.Incident(CriterionRating.Yellow, ["touching"], repeated: true, history: Entry("h1", Flag.Yellow, labels: "touching"));

        var fact = RuleTest.Fire(incident, [typeof(RepetitionYellowToRedRule), typeof(HistoryRepetitionRule)]).Single();

        fact.Fired().Should().Equal(MostSevereCriterionRule.Id, RepetitionYellowToRedRule.Id);
    }

    [Fact]
    public void Alone_NoSharedLabelOrAnotherPerson_DoesNotFire()
    {
        Alone(CriterionRating.Yellow, Entry("h1", Flag.Yellow, labels: "kissing"), Entry("h2", Flag.Red, person: "p2", labels: "touching"))
            .Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    private static BehaviourFact Alone(CriterionRating level, params HistoryEntry[] history) =>
        RuleTest.Fire(HistoryFixture.Incident(level, ["touching"], history: history), [typeof(HistoryRepetitionRule)]).Single();

    [Fact]
    public void Fires_YellowWithAnEarlierYellowOfTheSameKind_BecomesRedNamingTheEntry()
    {
        var result = Single(CriterionRating.Yellow, ["sexual jokes"], history: Entry("h1", Flag.Yellow, labels: "sexual jokes"));

        result.ComputedFlag.Should().Be(Flag.Red);
        result.FiredRules.Should().ContainSingle(r => r.Id == Id && r.From == Flag.Yellow && r.To == Flag.Red)
            .Which.Message.Should().Contain("h1").And.Contain("2026-10-03");
    }

    [Fact]
    public void Fires_RedWithAnEarlierRed_BecomesBlack()
    {
        var result = Single(CriterionRating.Red, ["groping"], history: Entry("h1", Flag.Red, labels: "groping"));

        result.ComputedFlag.Should().Be(Flag.Black);
        result.RuleIds().Should().Equal("criteria.mostSevere", Id);
    }

    [Fact]
    public void Fires_LabelsDifferOnlyInCase_SameKind()
    {
        Single(CriterionRating.Yellow, ["Sexual Jokes"], history: Entry("h1", Flag.Yellow, labels: "sexual jokes"))
            .ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void Fires_NoEarlierCorrectionNeeded_UnaddressedEntryCounts()
    {
        Single(CriterionRating.Yellow, ["jokes"], history: Entry("h1", Flag.Yellow, addressed: false, labels: "jokes"))
            .ComputedFlag.Should().Be(Flag.Red);
    }

    [Fact]
    public void Fires_SeveralEntries_NamesTheLatestAndCountsTheRest_WhateverTheOrder()
    {
        HistoryEntry[] entries =
        [
            Entry("h-old", Flag.Yellow, date: "2025-01-05", labels: "jokes"),
            Entry("h-new", Flag.Red, date: "2026-11-20", labels: "jokes"),
            Entry("h-mid", Flag.Yellow, date: "2026-02-01", labels: "jokes"),
        ];

        var message = Single(CriterionRating.Yellow, ["jokes"], history: entries).FiredRules.Single(r => r.Id == Id).Message;
        var reversed = Single(CriterionRating.Yellow, ["jokes"], history: [.. entries.Reverse()]).FiredRules.Single(r => r.Id == Id).Message;

        message.Should().Contain("h-new").And.Contain("2026-11-20").And.Contain("2 more").And.NotContain("h-old");
        reversed.Should().Be(message);
    }

    [Fact]
    public void Fires_InputRepeatedToo_CountsOnce()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], repeated: true, history: Entry("h1", Flag.Yellow, labels: "jokes"));

        result.ComputedFlag.Should().Be(Flag.Red, "repetition counts once");
        result.RuleIds().Should().Equal("criteria.mostSevere", "repetition.yellowToRed");
    }

    [Fact]
    public void Fires_ThenChainsIntoTheKnownBoundary_YellowBecomesBlack()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], priorSerious: true, history: Entry("h1", Flag.Yellow, labels: "jokes"));

        result.RuleIds().Should().Equal("criteria.mostSevere", Id, "knownBoundary.redToBlack");
        result.ComputedFlag.Should().Be(Flag.Black);
    }

    [Fact]
    public void Fires_GreenBehaviour_NotesTheEntryAndChangesNothing()
    {
        var result = Single(CriterionRating.Green, ["jokes"], history: Entry("h1", Flag.Yellow, labels: "jokes"));

        result.ComputedFlag.Should().Be(Flag.Green);
        result.FiredRules.Should().ContainSingle(r => r.Id == Id && r.From == Flag.Green && r.To == Flag.Green);
    }

    [Fact]
    public void DoesNotFire_NoSharedLabel()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], history: Entry("h1", Flag.Red, labels: "other"));

        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.RuleIds().Should().NotContain(Id);
    }

    [Fact]
    public void DoesNotFire_BehaviourWithoutLabels()
    {
        Single(CriterionRating.Yellow, [], history: Entry("h1", Flag.Red, labels: "jokes")).RuleIds().Should().NotContain(Id);
    }

    [Fact]
    public void DoesNotFire_EarlierGreen()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], history: Entry("h1", Flag.Green, labels: "jokes"));

        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.RuleIds().Should().NotContain(Id);
    }

    [Fact]
    public void DoesNotFire_EntryOfAnotherPerson()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], history: Entry("h1", Flag.Black, addressed: true, person: "p2", labels: "jokes"));

        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.FiredRules.Should().OnlyContain(r => !r.Id.StartsWith("history.", StringComparison.Ordinal));
        result.Considerations.Should().BeEmpty();
    }

    [Fact]
    public void DoesNotFire_NoHistory()
    {
        Single(CriterionRating.Yellow, ["jokes"]).RuleIds().Should().Equal("criteria.mostSevere");
    }
}
