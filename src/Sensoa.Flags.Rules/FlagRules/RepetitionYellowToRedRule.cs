using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.yellowToRed</c>: yellow behaviour repeated after correction becomes red, for everyone.
/// A yellow that only an organisation's concern made is not the behaviour's own severity, so repetition leaves it.
/// </summary>
[Name(Id)]
[Description("Lightly boundary-crossing behaviour repeated after it was corrected becomes seriously boundary-crossing: yellow to red, for everyone (age and functioning level count through the development criterion).")]
[Priority(RulePriorities.RepetitionYellowToRed)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class RepetitionYellowToRedRule : Rule
{
    public const string Id = "repetition.yellowToRed";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Yellow, Flag.Red));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Yellow
                && f.Behaviour.RepeatedAfterCorrection
                && !f.RaisedByConcern
                && (f.Applied & Aggravation.Repetition) == 0);
        Then().Do(ctx => fact.Change(ctx, Firings.Get(fact.Culture, 0), Aggravation.Repetition));
    }
}
