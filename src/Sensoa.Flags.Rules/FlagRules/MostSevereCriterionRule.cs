using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>criteria.mostSevere</c>: the starting flag is the most severe rated criterion, not a sum.</summary>
/// <remarks>Variants: which criteria are at the most severe level (six bits) and that level (four flags).</remarks>
internal sealed class MostSevereCriterionRule : FlagRule
{
    public MostSevereCriterionRule()
        : base(variants: (BehaviourFact.AllUnknown + 1) * 4)
    {
    }

    public override string Id => "criteria.mostSevere";

    public override int Priority => RulePriorities.MostSevere;

    public override bool When(BehaviourFact fact) =>
        fact.CriteriaFlag is null && fact.MostSevere is not null;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        // The fact read the criteria once on loading (most severe rating, which criteria have it).
        var max = fact.MostSevere!.Value;
        fact.CriteriaFlag = max;
        fact.Change(Firing(fact.Culture, (fact.AtMostSevere << 2) | (int)max));
    }

    protected override FiredRule CreateFiring(CultureInfo culture, int variant)
    {
        var max = (Flag)(variant & 3);
        var message = Texts.Format(MessageKey, culture, Texts.JoinCriteria(variant >> 2, culture), Texts.Flag(max, culture));
        return new FiredRule(Id, null, max, message);
    }
}
