using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.knownBoundary</c>: the case file holds an earlier red or black behaviour of the same person that was
/// addressed appropriately: red behaviour becomes black, as with the input's <c>priorSeriousAddressed</c>, and counts once
/// with it. As in <see cref="HistoryRepetitionRule"/>, the condition tests the actor's entries that were joined with the
/// behaviour before the session (<see cref="BehaviourFact.History"/>) and the flag as it stands, and binds what the known
/// boundary does to that flag (<see cref="Outcome"/>); its message names the latest entry. On a flag other than red it
/// changes nothing and says so, naming the entry.
/// </summary>
[Name(Id)]
[Description("An earlier red or black behaviour of the same person in the case file that was addressed appropriately makes red behaviour black: the person should know the boundary. It counts once, together with the input's priorSeriousAddressed.")]
[Priority(790)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[NeedsHistory]
internal sealed class HistoryKnownBoundaryRule : Rule
{
    public const string Id = "history.knownBoundary";

    private static readonly HistoryOutcome RedToBlack = new(Id, "redToBlack", Flag.Red, Flag.Black, Aggravation.KnownBoundary);
    private static readonly HistoryOutcome StaysBlack = new(Id, "black", Flag.Black, Flag.Black);

    /// <summary>A lighter flag than red stays, said: by flag.</summary>
    private static readonly HistoryOutcome[] Stays = [.. Enum.GetValues<Flag>().Select(flag => new HistoryOutcome(Id, "notRed", flag, flag))];

    public override void Define()
    {
        BehaviourFact fact = null!;
        HistoryOutcome outcome = null!;
        When()
            .Match(
                () => fact,
                f => f.History != HistoryMatch.None,
                f => f.History.KnownBoundaries.Length > 0 && Outcome(f) != null)
            .Let(() => outcome, () => Outcome(fact)!);
        Then()
            .Do(ctx => fact.Record(outcome.Naming(fact.History.KnownBoundaries)))
            .Do(ctx => ctx.Update(fact));
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
