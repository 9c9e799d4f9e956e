using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Rules.Tests.FlagRules.HistoryFixture;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class HistoryOnRecordRuleTests
{
    private const string Id = "history.onRecord";

    [Fact]
    public void Alone_EntryQualifyingForNeither_ListedAsAConsideration()
    {
        var fact = Alone(Entry("h1", Flag.Green, labels: "kissing"));

        fact.Considerations.Single().ToConsideration(RuleTest.English).Message.Should().EndWith("On record: entry h1 of 2026-10-03 (green).");
        fact.Fired().Should().Equal(MostSevereCriterionRule.Id);
    }

    [Fact]
    public void Alone_EntryRepeatsOrIsAKnownBoundary_DoesNotFire()
    {
        Alone(Entry("h1", Flag.Yellow, labels: "touching"), Entry("h2", Flag.Red, addressed: true)).Considerations.Should().BeEmpty();
    }

    private static BehaviourFact Alone(params HistoryEntry[] history) =>
        RuleTest.Fire(HistoryFixture.Incident(CriterionRating.Yellow, ["touching"], history: history), [typeof(HistoryOnRecordRule)]).Single();

    [Fact]
    public void Fires_EntryQualifyingForNeither_ListedNeverApplied()
    {
        var result = Single(CriterionRating.Yellow, ["jokes"], history: Entry("h3", Flag.Red, addressed: false, date: "2026-01-15", labels: "other"));

        result.ComputedFlag.Should().Be(Flag.Yellow);
        result.Considerations.Should().ContainSingle(c => c.Id == Id).Which.Message
            .Should().Contain("h3").And.Contain("2026-01-15").And.Contain("We hebben hier een rode vlag-persoon!");
    }

    [Fact]
    public void Fires_EarlierGreen_Listed()
    {
        Single(CriterionRating.Red, ["jokes"], history: Entry("h1", Flag.Green, labels: "jokes"))
            .Considerations.Should().ContainSingle(c => c.Id == Id);
    }

    [Fact]
    public void Fires_ManyEntries_NamesFiveLatestCountsTheRest()
    {
        var entries = Enumerable.Range(1, 8).Select(i => Entry($"h{i}", Flag.Green, date: $"2026-01-{i:00}")).ToArray();

        var message = Single(CriterionRating.Yellow, [], history: entries).Considerations.Single(c => c.Id == Id).Message;

        message.Should().Contain("h8").And.Contain("h4").And.NotContain("h3 ").And.Contain("3 more");
    }

    [Fact]
    public void Fires_Dutch_InDutch()
    {
        var incident = Incident(CriterionRating.Yellow, [], history: Entry("h1", Flag.Green));
        var result = Assess.Incident(incident, new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl") });

        result.Behaviours.Single().Considerations.Single(c => c.Id == Id).Message.Should().Contain("dossier").And.Contain("item h1 van 2026-10-03 (groen)");
    }

    [Fact]
    public void DoesNotFire_EntryIsARepetition()
    {
        Single(CriterionRating.Yellow, ["jokes"], history: Entry("h1", Flag.Yellow, labels: "jokes"))
            .Considerations.Should().NotContain(c => c.Id == Id);
    }

    [Fact]
    public void DoesNotFire_EntryIsAKnownBoundary()
    {
        Single(CriterionRating.Yellow, [], history: Entry("h1", Flag.Red, addressed: true))
            .Considerations.Should().NotContain(c => c.Id == Id);
    }

    [Fact]
    public void DoesNotFire_EntryOfAnotherPerson()
    {
        Single(CriterionRating.Yellow, [], history: Entry("h1", Flag.Green, person: "p2")).Considerations.Should().BeEmpty();
    }

    [Fact]
    public void NoOutput_LabelsAPerson()
    {
        // History is about behaviour: nothing in the output is keyed by a person or calls a person by a flag.
        var incident = Incident(CriterionRating.Red, ["jokes"], history: [Entry("h1", Flag.Black, addressed: true), Entry("h2", Flag.Green)]);
        var json = Sensoa.Flags.Json.SensoaJson.Serialize(Assess.Incident(incident));

        json.Should().NotContainEquivalentOf("flag person").And.NotContainEquivalentOf("black person").And.NotContainEquivalentOf("red person")
            .And.NotContain("\"history\"").And.NotContain("\"personId\"");
    }
}
