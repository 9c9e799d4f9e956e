using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.yellowToRed</c>: yellow behaviour repeated after correction becomes red, unless an exemption applies.
/// A yellow that only the unsafe context made is not the behaviour's own severity, so repetition leaves it.
/// </summary>
[Name(Id)]
[Description("Lightly boundary-crossing behaviour repeated after it was corrected becomes seriously boundary-crossing: yellow to red (not for a child under 6, a person with a disability or a person functioning at a low level).")]
[Priority(RulePriorities.RepetitionYellowToRed)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class RepetitionYellowToRedRule : Rule
{
    public const string Id = "repetition.yellowToRed";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Yellow, Flag.Red));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Yellow,
            f => f.Behaviour.RepeatedAfterCorrection,
            f => f.Exemption == Exemption.None,
            f => !f.RaisedByContext,
            f => (f.Applied & Aggravation.Repetition) == 0);
        Then().Do(ctx => fact.Change(ctx, Firings.Get(fact.Culture, 0), Aggravation.Repetition));
    }
}
