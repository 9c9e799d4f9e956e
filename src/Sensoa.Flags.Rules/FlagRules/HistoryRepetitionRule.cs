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
/// group (<see cref="HistoryMatch"/>) identically, so NRules builds them once for all three. What the repetition does to
/// the flag as it stands when it fires is <see cref="Outcome"/>: the rule fires once per behaviour however
/// many entries qualify, and its message names the latest. Repetition counts once: when the input's <c>repeated</c>
/// already raised the flag, or an organisation's concern made the yellow, it records nothing.
/// </summary>
[Name(Id)]
[Description("An earlier behaviour of the same person in the case file, yellow or heavier and of the same kind (a shared label), makes this behaviour repeated: yellow becomes red, red becomes black. Repetition counts once, together with the input's repeated.")]
[Priority(885)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class HistoryRepetitionRule : Rule
{
    public const string Id = "history.repetition";

    private static readonly HistoryOutcome YellowToRed = new(Id, "yellowToRed", Flag.Yellow, Flag.Red, Aggravation.Repetition);
    private static readonly HistoryOutcome RedToBlack = new(Id, "redToBlack", Flag.Red, Flag.Black, Aggravation.Repetition);
    private static readonly HistoryOutcome StaysBlack = new(Id, "black", Flag.Black, Flag.Black);
    private static readonly HistoryOutcome StaysGreen = new(Id, "green", Flag.Green, Flag.Green);

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

    /// <summary>
    /// Records the outcome for the flag as it is when the rule fires (<see cref="Outcome"/>), naming the latest entry.
    /// The flag is read here, not in the condition, because every idiomatic form of that condition misses a target
    /// (benchmarks/README.md, "The history rules' flag in their conditions"). A condition on the flag involves the
    /// behaviour's changing fact. With the join's result as a fact of its own (inserted by a rule that joins the traits with
    /// the entries) joined to the changing fact on identity, every change of every flag is evaluated against every
    /// behaviour's result, as NRules has no hash join: HistoryJoin 6.4× (target 5×). With the result set on the changing
    /// fact by that rule and tested beside the flag in one condition, there is no join, but each behaviour with history is
    /// updated once more and every change of a flag passes the history rules' tests: HistoryJoin 5.15× to 5.42×,
    /// PeerComparison 1.39× and 1.495× (target 1.5×), against 4.21× to 4.36× and 1.52× for this form in the same runs.
    /// </summary>
    private static void Apply(IContext context, BehaviourFact fact, HistoryFact[] entries)
    {
        if (Outcome(fact) is { } outcome)
        {
            fact.Record(outcome.Naming(entries));
            context.Update(fact);
        }
    }

    /// <summary>
    /// What repetition does to the flag as it stands: yellow becomes red and red black; black stays black, said once
    /// unless the input's own repetition is why; green stays green, said. None when repetition has counted already.
    /// </summary>
    private static HistoryOutcome? Outcome(BehaviourFact fact) =>
        (fact.Applied & (Aggravation.Repetition | Aggravation.OrganisationConcern)) != 0 ? null : fact.Flag switch
        {
            Flag.Yellow => YellowToRed,
            Flag.Red => RedToBlack,
            Flag.Black when (fact.Present & Aggravation.Repetition) == 0 => StaysBlack,
            Flag.Green => StaysGreen,
            _ => null,
        };
}
