using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.redToBlack</c>: red behaviour that happened more than once becomes black, for everyone; no earlier correction is needed.
/// Repetition counts once: a yellow that repetition made red does not become black by the same repetition.
/// </summary>
[Name(Id)]
[Description("Seriously boundary-crossing behaviour that happened more than once becomes very serious: red to black, for everyone. No earlier correction is needed.")]
[Priority(890)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class RepetitionRedToBlackRule : Rule
{
    public const string Id = "repetition.redToBlack";

    private static readonly FixedFiring Raise = new(Id, Flag.Red, Flag.Black, Aggravation.Repetition);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Red
                && f.Behaviour.Repeated
                && (f.Applied & Aggravation.Repetition) == 0);
        Then()
            .Do(ctx => fact.Record(Raise))
            .Do(ctx => ctx.Update(fact));
    }
}
