using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.repetition</c>: the case file holds an earlier behaviour of the same person, yellow or heavier, of the same
/// kind (a shared label): the behaviour counts as repeated. The case file's side is the behaviour's
/// <see cref="BehaviourFact.History"/> (<see cref="HistoryJoinRule"/>), and the condition tests it and the flag: repetition has not counted yet (neither the input's <c>repeated</c> nor an
/// organisation's concern made the flag), there is a flag, and a black flag is not already the input's repetition. What
/// repetition does to that flag is <see cref="ByFlag"/>: yellow becomes red, red black; black and green stay, said. It
/// fires once per behaviour however many entries qualify, and its message names the latest. Its priority lies below the
/// input's <c>repetition.*</c> rules, so that when both apply the input's factor is the one counted.
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

    /// <summary>What repetition does to a flag (by its value) that the condition lets through.</summary>
    private static readonly HistoryOutcome[] ByFlag = [StaysGreen, YellowToRed, RedToBlack, StaysBlack];

    public override void Define()
    {
        BehaviourFact fact = null!;
        When()
            .Match(
                () => fact,
                f => f.History != HistoryMatch.None,
                f => f.History.Repeating.Length > 0
                    && (f.Applied & (Aggravation.Repetition | Aggravation.OrganisationConcern)) == 0
                    && f.Flag != null
                    && (f.Flag != Flag.Black || (f.Present & Aggravation.Repetition) == 0));
        Then()
            .Do(ctx => fact.Record(ByFlag[(int)fact.Flag!.Value].Naming(fact.History.Repeating)))
            .Do(ctx => ctx.Update(fact));
    }
}
