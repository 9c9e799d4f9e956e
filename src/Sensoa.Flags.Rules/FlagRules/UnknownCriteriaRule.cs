using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>criteria.unknown</c>: unknown criteria do not count; while any is unknown and the flag is below black,
/// the flag is a lower bound (insufficient information). It runs after every raise, so it sees the flag they leave.
/// </summary>
internal sealed class UnknownCriteriaRule : FlagRule
{
    public override string Id => "criteria.unknown";

    public override int Priority => RulePriorities.Unknown;

    public override bool When(BehaviourFact fact) => fact.UnknownCriteria.Count > 0;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        var names = Texts.Join(fact.UnknownCriteria.Select(c => Texts.Criterion(c, fact.Culture)), fact.Culture);
        if (fact.Flag is null)
        {
            fact.Status = AssessmentStatus.InsufficientInformation;
            fact.Note(Id, fact.Text("rule.criteria.unknown.all"));
        }
        else if (fact.Flag == Flag.Black)
        {
            fact.Status = AssessmentStatus.Complete;
            fact.Note(Id, fact.Format("rule.criteria.unknown.black", names));
        }
        else
        {
            fact.Status = AssessmentStatus.InsufficientInformation;
            fact.Note(Id, fact.Format("rule.criteria.unknown.partial", names, Texts.Flag(fact.Flag, fact.Culture)));
        }
    }
}
