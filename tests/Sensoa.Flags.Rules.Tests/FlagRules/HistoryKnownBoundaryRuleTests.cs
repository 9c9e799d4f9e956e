using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Rules.Tests.FlagRules.HistoryFixture;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class HistoryKnownBoundaryRuleTests
{
    private const string Id = "history.knownBoundary";

    [Fact]
    public void Alone_RedWithAnEarlierSeriousAddressed_BecomesBlackNamingIt()
    {
        var fact = Alone(CriterionRating.Red, Entry("h1", Flag.Red, addressed: true));

        fact.FiringOf(Id).Should().Be(new FiredRule(
            Id, Flag.Red, Flag.Black, "The case file holds an earlier serious behaviour of this person that was addressed appropriately: entry h1 of 2026-10-03 (red). They should know this boundary: red becomes black."));
    }

    [Fact]
    public void Alone_Yellow_NotesTheFlagStays()
    {
        Alone(CriterionRating.Yellow, Entry("h1", Flag.Black, addressed: true)).FiringOf(Id).Message.Should().EndWith("the flag stays yellow.");
    }

    [Fact]
    public void Alone_BlackByTheInputsOwnKnownBoundary_DoesNotFire()
    {
        var incident = HistoryFixture.Incident(CriterionRating.Black, [], priorSerious: true, history: Entry("h1", Flag.Red, addressed: true));

        RuleTest.Fire(incident, [typeof(HistoryKnownBoundaryRule)]).Single().Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_NotAddressedOrNotSerious_DoesNotFire()
    {
        Alone(CriterionRating.Red, Entry("h1", Flag.Red), Entry("h2", Flag.Yellow, addressed: true)).Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    private static BehaviourFact Alone(CriterionRating level, params HistoryEntry[] history) =>
        RuleTest.Fire(HistoryFixture.Incident(level, [], history: history), [typeof(HistoryKnownBoundaryRule)]).Single();

    [Theory]
    [InlineData(Flag.Red)]
    [InlineData(Flag.Black)]
    public void Fires_RedWithAnEarlierSeriousAddressedBehaviour_BecomesBlackNamingTheEntry(Flag earlier)
    {
        var result = Single(CriterionRating.Red, [], history: Entry("h7", earlier, addressed: true, date: "2025-06-30"));

        result.ComputedFlag.Should().Be(Flag.Black);
        result.FiredRules.Should().ContainSingle(r => r.Id == Id && r.From == Flag.Red && r.To == Flag.Black)
            .Which.Message.Should().Contain("h7").And.Contain("2025-06-30");
    }

    [Fact]
    public void Fires_NoSharedLabelNeeded()
    {
        Single(CriterionRating.Red, ["groping"], history: Entry("h1", Flag.Red, addressed: true, labels: "something else"))
            .ComputedFlag.Should().Be(Flag.Black);
    }

    [Fact]
    public void Fires_InputPriorSeriousToo_CountsOnce()
    {
        var result = Single(CriterionRating.Red, [], priorSerious: true, history: Entry("h1", Flag.Red, addressed: true));

        result.RuleIds().Should().Equal("criteria.mostSevere", "knownBoundary.redToBlack");
    }

    [Fact]
    public void Fires_YellowBehaviour_NotesTheEntryAndLeavesYellow()
    {
        var result = Single(CriterionRating.Yellow, [], history: Entry("h1", Flag.Red, addressed: true));

        result.ComputedFlag.Should().Be(Flag.Yellow, "the known boundary acts only on red");
        result.FiredRules.Should().ContainSingle(r => r.Id == Id && r.From == Flag.Yellow && r.To == Flag.Yellow);
    }

    [Fact]
    public void Fires_AfterHistoryRepetition_YellowBecomesBlackThroughTheChain()
    {
        var result = Single(
            CriterionRating.Yellow,
            ["jokes"],
            history: [Entry("h1", Flag.Yellow, labels: "jokes"), Entry("h2", Flag.Red, addressed: true, date: "2024-01-01")]);

        result.RuleIds().Should().Equal("criteria.mostSevere", "history.repetition", Id);
        result.ComputedFlag.Should().Be(Flag.Black);
    }

    [Fact]
    public void DoesNotFire_EarlierSeriousButNotAddressed()
    {
        var result = Single(CriterionRating.Red, [], history: Entry("h1", Flag.Black, addressed: false));

        result.ComputedFlag.Should().Be(Flag.Red);
        result.RuleIds().Should().NotContain(Id);
    }

    [Fact]
    public void DoesNotFire_EarlierYellowAddressed()
    {
        Single(CriterionRating.Red, [], history: Entry("h1", Flag.Yellow, addressed: true)).RuleIds().Should().NotContain(Id);
    }

    [Fact]
    public void DoesNotFire_EntryOfAnotherPerson()
    {
        var result = Single(CriterionRating.Red, [], history: Entry("h1", Flag.Black, addressed: true, person: "p2"));

        result.ComputedFlag.Should().Be(Flag.Red);
        result.RuleIds().Should().NotContain(Id);
    }
}
