using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>awareness.redToBlack</c>: red behaviour where the person knew at the time that it crossed the line becomes black.</summary>
[Name(Id)]
[Description("Red behaviour where the person knew at the time that it crossed the line becomes black.")]
[Priority(RulePriorities.Awareness)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class AwarenessRule : Rule
{
    public const string Id = "awareness.redToBlack";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Red, Flag.Black));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Red, f => f.Behaviour.AwareAtTheTime);
        Then().Do(ctx => fact.Change(ctx, Firings.Get(fact.Culture, 0), Aggravation.Awareness));
    }
}
