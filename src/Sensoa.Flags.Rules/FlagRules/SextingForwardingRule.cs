using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>sexting.forwarding</c>: in a sexting incident, forwarding someone's image without consent always crosses a boundary.
/// The contract has no field for forwarding, so this is a consideration pointing at the consent criterion, not a raise.
/// </summary>
internal sealed class SextingForwardingRule : FlagRule
{
    public override string Id => "sexting.forwarding";

    public override int Priority => RulePriorities.Consideration;

    public override bool When(BehaviourFact fact) => fact.Incident.InvolvesSexting;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Consider(Id, fact.Text(MessageKey));
}
