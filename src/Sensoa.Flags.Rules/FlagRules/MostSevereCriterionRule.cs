using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>criteria.mostSevere</c>: the starting flag is the most severe rated criterion, not a sum.</summary>
[Name(Id)]
[Description("The starting flag is the most severe level among the rated criteria. Criteria are never added up: three yellow criteria stay yellow.")]
[Priority(RulePriorities.MostSevere)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Criteria)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class MostSevereCriterionRule : Rule
{
    public const string Id = "criteria.mostSevere";

    /// <summary>Firings per variant: which criteria are at the most severe level (six bits) and that level (four flags).</summary>
    private static readonly CultureCache<FiredRule> Firings = new((BehaviourFact.AllUnknown + 1) * 4, Create);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.CriteriaFlag == null && f.MostSevere != null);
        Then().Do(ctx => Apply(ctx, fact));
    }

    private static void Apply(IContext context, BehaviourFact fact)
    {
        // The fact read the criteria once when it was made (most severe rating, which criteria have it).
        var max = fact.MostSevere!.Value;
        fact.CriteriaFlag = max;
        fact.Change(context, Firings.Get(fact.Culture, (fact.AtMostSevere << 2) | (int)max));
    }

    private static FiredRule Create(CultureInfo culture, int variant)
    {
        var max = (Flag)(variant & 3);
        var message = Texts.Format(RuleTexts.MessageKey(Id), culture, Texts.JoinCriteria(variant >> 2, culture), Texts.Flag(max, culture));
        return new FiredRule(Id, null, max, message);
    }
}
