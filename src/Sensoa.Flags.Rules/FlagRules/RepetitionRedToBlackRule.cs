using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.redToBlack</c>: red behaviour that happened more than once becomes black, for everyone; no earlier correction is needed.
/// Repetition counts once: a yellow that repetition made red does not become black by the same repetition.
/// </summary>
[Name(Id)]
[Description("Seriously boundary-crossing behaviour that happened more than once becomes very serious: red to black, for everyone. No earlier correction is needed.")]
[Priority(RulePriorities.RepetitionRedToBlack)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class RepetitionRedToBlackRule : Rule
{
    public const string Id = "repetition.redToBlack";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Red, Flag.Black));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Red
                && f.Behaviour.Repeated
                && (f.Applied & Aggravation.Repetition) == 0);
        Then().Do(ctx => fact.Change(ctx, Firings.Get(fact.Culture, 0), Aggravation.Repetition));
    }
}
