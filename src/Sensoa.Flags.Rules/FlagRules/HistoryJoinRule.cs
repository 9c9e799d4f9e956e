using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.match</c>: joins each behaviour with its actor's case-file entries and sets what they are to it (a
/// <see cref="HistoryMatch"/>) on the behaviour's fact, whose <see cref="BehaviourFact.History"/> the history rules'
/// conditions test beside the flag. It records nothing and is not one of the rules the library
/// lists or describes (<see cref="RuleTags.Inference"/>, not <see cref="RuleTags.Sensoa"/>); it is compiled with them.
/// The join reads only facts that never change: the entries, grouped by person once per session by NRules' aggregation,
/// and the behaviour's <see cref="BehaviourTraits"/>. NRules evaluates a join on every pair of its inputs (it has no hash
/// join), so joining behaviours with groups instead of single entries keeps the matching at behaviours × people, and no
/// change of a flag ever passes through it (benchmarks/README.md, HistoryJoin). It comes before every rule that changes a
/// flag, so the history rules find the match set when a flag is. The match is a property of the behaviour's fact, not a
/// fact of its own: a rule that tested the flag would have to join that fact with the behaviour's changing fact, and
/// NRules evaluates such a join against every behaviour on the other side at every change of a flag (measured in
/// benchmarks/README.md, HistoryJoin).
/// </summary>
[Name(Id)]
[Description("Joins a behaviour with the case file's entries of its actor, for the history rules.")]
[Priority(2000)]
[Tag(RuleTags.Inference)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class HistoryJoinRule : Rule
{
    public const string Id = "history.match";

    public override void Define()
    {
        IGrouping<string, HistoryFact> entries = null!;
        BehaviourTraits traits = null!;
        When()
            .Query(() => entries, q => q
                .Match<HistoryFact>()
                .GroupBy(e => e.PersonId))
            .Match(() => traits, t => t.HasHistory, t => t.ActorId == entries.Key);
        Then()
            .Do(ctx => traits.Fact.Join(HistoryMatch.Of(entries, traits.Behaviour)))
            .Do(ctx => ctx.Update(traits.Fact));
    }
}
