using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>unsafeContext.greenToYellow</c>: an unsafe context turns green into yellow, and never does more.</summary>
[Name(Id)]
[Description("An unsafe context may turn a green flag into yellow, and do nothing more: a house rule never sets a flag.")]
[Priority(RulePriorities.UnsafeContext)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class UnsafeContextRule : Rule
{
    public const string Id = "unsafeContext.greenToYellow";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Green, Flag.Yellow));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Green, f => f.Incident.UnsafeContext);
        Then().Do(ctx => Apply(ctx, fact));
    }

    private static void Apply(IContext context, BehaviourFact fact)
    {
        fact.RaisedByContext = true;
        fact.Change(context, Firings.Get(fact.Culture, 0));
    }
}
