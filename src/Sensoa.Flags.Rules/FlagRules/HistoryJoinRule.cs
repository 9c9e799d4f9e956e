using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.join</c>: joins each behaviour with its actor's entries in the case file and sets what they are to it (a
/// <see cref="HistoryMatch"/>) on the behaviour's fact. It runs before the library's rules, in a session of its own
/// (<see cref="HistoryJoin"/>), over the behaviours' facts and the entries by person, and records nothing; the history
/// rules then test the match and the flag together in one condition on the behaviour's fact. The join is here, apart, so
/// that no change of a flag ever passes through it: NRules evaluates a join against every fact on its other side at every
/// change (it has no hash join), and a match set by a rule in the same session would cost every behaviour one more update
/// (benchmarks/README.md, "The history rules' flag in their conditions").
/// </summary>
[Name(Id)]
[Description("Joins each behaviour with the case file's entries of its actor, for the history rules.")]
[Tag(RuleTags.Inference)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class HistoryJoinRule : Rule
{
    public const string Id = "history.join";

    public override void Define()
    {
        PersonHistory history = null!;
        BehaviourFact fact = null!;
        When()
            .Match(() => history)
            .Match(() => fact, f => f.ActorId == history.PersonId);
        Then().Do(ctx => fact.Join(HistoryMatch.Of(history.Entries, fact)));
    }
}
