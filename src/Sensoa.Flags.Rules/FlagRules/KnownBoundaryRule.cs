using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>knownBoundary.redToBlack</c>: red behaviour of a person whose earlier serious behaviour was addressed becomes black.</summary>
[Name(Id)]
[Description("Red behaviour by a person whose earlier serious behaviour was addressed appropriately becomes black: the person should know the boundary.")]
[Priority(RulePriorities.KnownBoundary)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class KnownBoundaryRule : Rule
{
    public const string Id = "knownBoundary.redToBlack";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Red, Flag.Black));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Red && f.Behaviour.PriorSeriousAddressed);
        Then().Do(ctx => fact.Change(ctx, Firings.Get(fact.Culture, 0), Aggravation.KnownBoundary));
    }
}
