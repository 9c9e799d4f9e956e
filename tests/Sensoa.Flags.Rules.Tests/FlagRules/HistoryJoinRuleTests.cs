using NRules;
using NRules.Fluent;
using Sensoa.Flags.Rules.FlagRules;
using static Sensoa.Flags.Rules.Tests.FlagRules.HistoryFixture;
using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

public sealed class HistoryJoinRuleTests
{
    [Fact]
    public void Alone_EntriesOfTheActor_SetOnTheBehaviourSplitByWhatTheyAre()
    {
        var fact = Join(
            Incident(CriterionRating.Yellow, ["touching"], history:
            [
                Entry("h1", Flag.Yellow, labels: "touching"),
                Entry("h2", Flag.Red, addressed: true, labels: "other"),
                Entry("h3", Flag.Green, labels: "other"),
            ])).Single();

        fact.History.Repeating.Select(e => e.Entry.Id).Should().Equal("h1");
        fact.History.KnownBoundaries.Select(e => e.Entry.Id).Should().Equal("h2");
        fact.History.OnRecord.Select(e => e.Entry.Id).Should().Equal("h3");
    }

    [Fact]
    public void Alone_EntriesOfSomeoneElse_NeverReachTheBehaviour()
    {
        var fact = Join(Incident(CriterionRating.Yellow, ["touching"], history: Entry("h1", Flag.Black, addressed: true, person: "p2", labels: "touching"))).Single();

        fact.History.Should().BeSameAs(HistoryMatch.None);
    }

    [Fact]
    public void Alone_NoCaseFile_DoesNotFire()
    {
        Join(Incident(CriterionRating.Yellow, ["touching"])).Single().History.Should().BeSameAs(HistoryMatch.None);
    }

    [Fact]
    public void Alone_TwoBehavioursOfTwoActors_EachGetsItsOwnActorsEntriesOnly()
    {
        var incident = Incident(CriterionRating.Yellow, ["touching"], history:
        [
            Entry("h1", Flag.Yellow, labels: "touching"),
            Entry("h2", Flag.Yellow, person: "p2", labels: "touching"),
        ]);
        incident = incident with
        {
            Behaviours = [.. incident.Behaviours, incident.Behaviours[0] with { Id = "b2", ActorId = "p2", AffectedIds = ["p1"] }],
        };

        var facts = Join(incident);

        facts[0].History.Repeating.Select(e => e.Entry.Id).Should().Equal("h1");
        facts[1].History.Repeating.Select(e => e.Entry.Id).Should().Equal("h2");
    }

    [Fact]
    public void Alone_RecordsNothingAndLeavesTheFlag()
    {
        var fact = Join(Incident(CriterionRating.Red, ["touching"], history: Entry("h1", Flag.Red, addressed: true, labels: "touching"))).Single();

        fact.Flag.Should().BeNull();
        fact.Firings.Should().BeEmpty();
        fact.Considerations.Should().BeEmpty();
    }

    /// <summary>Runs the join rule alone, in a repository of its own, over the incident's behaviours and case file.</summary>
    private static BehaviourFact[] Join(Incident incident)
    {
        var repository = new RuleRepository();
        repository.Load(spec => spec.PrivateTypes().From(typeof(HistoryJoinRule)));
        var facts = incident.Behaviours.Select(b => new BehaviourFact(incident, b)).ToArray();
        var session = repository.Compile().CreateSession();
        session.InsertAll([.. facts, .. PersonHistory.Of(incident.History)]);
        session.Fire().Should().BeLessThanOrEqualTo(facts.Length);
        return facts;
    }
}
