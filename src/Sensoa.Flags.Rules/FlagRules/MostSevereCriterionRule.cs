using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>criteria.mostSevere</c>: the starting flag is the most severe rated criterion, not a sum.</summary>
internal sealed class MostSevereCriterionRule : FlagRule
{
    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    public override string Id => "criteria.mostSevere";

    public override int Priority => RulePriorities.MostSevere;

    public override bool When(BehaviourFact fact) =>
        fact.CriteriaFlag is null && fact.UnknownCriteria.Count < AllCriteria.Length;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        var criteria = fact.Behaviour.Criteria;
        var max = Flag.Green;
        foreach (var criterion in AllCriteria)
        {
            if (criteria[criterion].ToFlag() is { } flag && flag > max)
            {
                max = flag;
            }
        }

        var atMax = AllCriteria
            .Where(c => criteria[c].ToFlag() == max)
            .Select(c => Texts.Criterion(c, fact.Culture));
        fact.CriteriaFlag = max;
        fact.Change(Id, max, fact.Format(MessageKey, Texts.Join(atMax, fact.Culture), Texts.Flag(max, fact.Culture)));
    }
}
