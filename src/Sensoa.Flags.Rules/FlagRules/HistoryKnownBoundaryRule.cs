using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.knownBoundary</c>: the case file holds an earlier red or black behaviour of the same person that was
/// addressed appropriately: red behaviour becomes black, as with the input's <c>priorSeriousAddressed</c>, and counts once
/// with it. The case file's side is the behaviour's <see cref="BehaviourFact.History"/> (<see cref="HistoryJoinRule"/>), and
/// the condition tests it and the flag: the known boundary has not counted
/// yet, there is a flag, and a black flag is not already the input's known boundary. What the known boundary does to that
/// flag is <see cref="ByFlag"/>: red becomes black; black stays black, said; a lighter flag stays as it is, said. Its
/// message names the latest entry. Its priority lies below the input's <c>knownBoundary.redToBlack</c>, so that when
/// both apply the input's factor is the one counted.
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
    private static readonly HistoryOutcome StaysGreen = new(Id, "notRed", Flag.Green, Flag.Green);
    private static readonly HistoryOutcome StaysYellow = new(Id, "notRed", Flag.Yellow, Flag.Yellow);

    /// <summary>What the known boundary does to a flag (by its value) that the condition lets through.</summary>
    private static readonly HistoryOutcome[] ByFlag = [StaysGreen, StaysYellow, RedToBlack, StaysBlack];

    public override void Define()
    {
        BehaviourFact fact = null!;
        When()
            .Match(
                () => fact,
                f => f.History != HistoryMatch.None,
                f => f.History.KnownBoundaries.Length > 0
                    && (f.Applied & Aggravation.KnownBoundary) == 0
                    && f.Flag != null
                    && (f.Flag != Flag.Black || (f.Present & Aggravation.KnownBoundary) == 0));
        Then()
            .Do(ctx => fact.Record(ByFlag[(int)fact.Flag!.Value].Naming(fact.History.KnownBoundaries)))
            .Do(ctx => ctx.Update(fact));
    }
}
