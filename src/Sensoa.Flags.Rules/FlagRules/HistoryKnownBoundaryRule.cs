using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.knownBoundary</c>: the case file holds an earlier red or black behaviour of the same person that was
/// addressed appropriately: red behaviour becomes black, as with the input's <c>priorSeriousAddressed</c>, and counts once
/// with it. The join of the behaviour with its actor's entries (grouped by person, as in
/// <see cref="HistoryRepetitionRule"/>) is the rule's condition; what the known boundary does to the flag as it stands
/// when it fires is <see cref="Outcome"/>, and its message names the latest entry. On a flag other than red it changes
/// nothing and says so, naming the entry.
/// </summary>
[Name(Id)]
[Description("An earlier red or black behaviour of the same person in the case file that was addressed appropriately makes red behaviour black: the person should know the boundary. It counts once, together with the input's priorSeriousAddressed.")]
[Priority(790)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class HistoryKnownBoundaryRule : Rule
{
    public const string Id = "history.knownBoundary";

    private static readonly HistoryOutcome RedToBlack = new(Id, "redToBlack", Flag.Red, Flag.Black, Aggravation.KnownBoundary);
    private static readonly HistoryOutcome StaysBlack = new(Id, "black", Flag.Black, Flag.Black);

    /// <summary>A lighter flag than red stays, said: by flag.</summary>
    private static readonly HistoryOutcome[] Stays = [.. Enum.GetValues<Flag>().Select(flag => new HistoryOutcome(Id, "notRed", flag, flag))];

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
            .Having(() => match.KnownBoundaries.Length > 0);
        Then().Do(ctx => Apply(ctx, traits.Fact, match.KnownBoundaries));
    }

    /// <summary>
    /// Records the outcome for the flag as it is when the rule fires (<see cref="Outcome"/>), naming the latest entry.
    /// The flag is read here, not in the condition, for the reason <see cref="HistoryRepetitionRule"/> gives (its
    /// <c>Apply</c>): measured, a condition on the flag misses the HistoryJoin and PeerComparison targets.
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
    /// What the known boundary does to the flag as it stands: red becomes black; black stays black, said unless the
    /// input's own known boundary is why; a lighter flag stays as it is, said. None when the known boundary counted already
    /// or there is no flag.
    /// </summary>
    private static HistoryOutcome? Outcome(BehaviourFact fact) =>
        (fact.Applied & Aggravation.KnownBoundary) != 0 ? null : fact.Flag switch
        {
            null => null,
            Flag.Red => RedToBlack,
            Flag.Black => (fact.Present & Aggravation.KnownBoundary) == 0 ? StaysBlack : null,
            { } flag => Stays[(int)flag],
        };
}
