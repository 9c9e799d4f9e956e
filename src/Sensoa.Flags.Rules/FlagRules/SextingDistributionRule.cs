using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>sexting.distribution</c>: a behaviour that shares or forwards someone else's sexual images is never green. It turns
/// green into yellow (the criteria decide how much heavier) and always adds a consideration. It matches the behaviour of
/// the one who distributes, so the person in the images is never touched by it.
/// </summary>
[Name(Id)]
[Description("Sharing or forwarding someone else's sexual images always crosses a boundary: such a behaviour is never green (green becomes yellow at least; the criteria decide how much heavier).")]
[Priority(RulePriorities.SextingDistribution)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.SextingDosAndDonts)]
[ConsiderationSource(Sources.SextingDosAndDonts)]
internal sealed class SextingDistributionRule : Rule
{
    public const string Id = "sexting.distribution";

    private static readonly CultureCache<FiredRule> Firings = new(1, (culture, _) => RuleTexts.Fixed(Id, culture, Flag.Green, Flag.Yellow));

    private static readonly CultureCache<Consideration> Considerations = new(1, (culture, _) => RuleTexts.Consideration(Id, culture));

    public override void Define()
    {
        // Matches the unchanging part: the action reads the flag as the rules above it left it.
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.Behaviour.DistributesImages);
        Then().Do(ctx => Apply(ctx, traits.Fact));
    }

    private static void Apply(IContext context, BehaviourFact fact)
    {
        fact.Consider(Considerations.Get(fact.Culture, 0));
        if (fact.Flag == Flag.Green)
        {
            fact.Change(context, Firings.Get(fact.Culture, 0));
        }
    }
}
