using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.repetition</c>: the case file holds an earlier behaviour of the same person, yellow or heavier, of the same
/// kind (a shared label): the behaviour counts as repeated. The join of the behaviour with its actor's entries is the
/// rule's condition: the entries are grouped by person (once per session, by NRules' aggregation), and a behaviour joins
/// the group of its actor when an entry in it shares a label. NRules evaluates a join on every pair of its inputs, so
/// joining behaviours with groups instead of single entries keeps the matching at behaviours × people, not behaviours ×
/// entries (benchmarks/README.md, HistoryJoin). The three history rules write the join on the actor and the split of the
/// group (<see cref="HistoryMatch"/>) identically, so NRules builds them once for all three; each rule's own test is its
/// <c>Having</c> on its list. The rule fires once per behaviour however many entries qualify, and its
/// message names the latest. Repetition counts once: when the input's <c>repeated</c> already raised the flag, this adds
/// nothing. It matches the behaviour's unchanging traits, so the flag's changes do not pass through the join; the action
/// reads the flag as the rules above it left it.
/// </summary>
[Name(Id)]
[Description("An earlier behaviour of the same person in the case file, yellow or heavier and of the same kind (a shared label), makes this behaviour repeated: yellow becomes red, red becomes black. Repetition counts once, together with the input's repeated.")]
[Priority(RulePriorities.HistoryRepetition)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class HistoryRepetitionRule : Rule
{
    public const string Id = "history.repetition";

    public override void Define()
    {
        IGrouping<string, HistoryFact> entries = null!;
        BehaviourTraits traits = null!;
        HistoryMatch match = null!;
        When()
            .Query(() => entries, q => q
                .Match<HistoryFact>()
                .GroupBy(e => e.PersonId))
            .Match(() => traits, t => t.HasHistory, t => t.ActorId == entries.Key)
            .Let(() => match, () => HistoryMatch.Of(entries, traits.Behaviour))
            .Having(() => match.Repeating.Length > 0);
        Then().Do(ctx => Apply(ctx, traits.Fact, match.Repeating));
    }

    private static void Apply(IContext context, BehaviourFact fact, IEnumerable<HistoryFact> entries)
    {
        if ((fact.Applied & Aggravation.Repetition) != 0 || fact.RaisedByConcern)
        {
            return;
        }

        var culture = fact.Culture;
        switch (fact.Flag)
        {
            case Flag.Yellow:
                fact.Change(context, HistoryTexts.Firing(Id, "yellowToRed", Flag.Yellow, Flag.Red, entries, culture), Aggravation.Repetition);
                break;
            case Flag.Red:
                fact.Change(context, HistoryTexts.Firing(Id, "redToBlack", Flag.Red, Flag.Black, entries, culture), Aggravation.Repetition);
                break;
            case Flag.Black when (fact.Present & Aggravation.Repetition) == 0:
                fact.Note(HistoryTexts.Firing(Id, "black", Flag.Black, Flag.Black, entries, culture));
                break;
            case Flag.Green:
                fact.Note(HistoryTexts.Firing(Id, "green", Flag.Green, Flag.Green, entries, culture));
                break;
        }
    }
}
