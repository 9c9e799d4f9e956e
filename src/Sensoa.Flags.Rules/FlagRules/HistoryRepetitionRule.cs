using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.repetition</c>: the case file holds an earlier behaviour of the same person, yellow or heavier, of the same
/// kind (a shared label): the behaviour counts as repeated. Which entries repeat the behaviour is found by joining it with
/// its actor's entries (<see cref="HistoryJoinRule"/>, before the session: <see cref="BehaviourFact.History"/>); the
/// condition tests those entries and the flag as it stands, and binds what repetition does to that flag
/// (<see cref="Outcome"/>). The rule fires once per behaviour however many entries qualify, and its message names the
/// latest. Repetition counts once: when the input's <c>repeated</c> already raised the flag, or an organisation's concern
/// made the yellow, it does not fire. The first test (<c>History != None</c>) is the same in the history rules, so NRules
/// builds it once, and a behaviour without entries stops there.
/// </summary>
[Name(Id)]
[Description("An earlier behaviour of the same person in the case file, yellow or heavier and of the same kind (a shared label), makes this behaviour repeated: yellow becomes red, red becomes black. Repetition counts once, together with the input's repeated.")]
[Priority(885)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[NeedsHistory]
internal sealed class HistoryRepetitionRule : Rule
{
    public const string Id = "history.repetition";

    private static readonly HistoryOutcome YellowToRed = new(Id, "yellowToRed", Flag.Yellow, Flag.Red, Aggravation.Repetition);
    private static readonly HistoryOutcome RedToBlack = new(Id, "redToBlack", Flag.Red, Flag.Black, Aggravation.Repetition);
    private static readonly HistoryOutcome StaysBlack = new(Id, "black", Flag.Black, Flag.Black);
    private static readonly HistoryOutcome StaysGreen = new(Id, "green", Flag.Green, Flag.Green);

    public override void Define()
    {
        BehaviourFact fact = null!;
        HistoryOutcome outcome = null!;
        When()
            .Match(
                () => fact,
                f => f.History != HistoryMatch.None,
                f => f.History.Repeating.Length > 0 && Outcome(f) != null)
            .Let(() => outcome, () => Outcome(fact)!);
        Then()
            .Do(ctx => fact.Record(outcome.Naming(fact.History.Repeating)))
            .Do(ctx => ctx.Update(fact));
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
