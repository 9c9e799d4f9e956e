namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>sexting.forwarding</c>: in a sexting incident, forwarding someone's image without consent always crosses a boundary.
/// The contract has no field for forwarding, so this is a consideration pointing at the consent criterion, not a raise.
/// </summary>
internal sealed class SextingForwardingRule : ConsiderationRule
{
    public override string Id => "sexting.forwarding";

    public override bool When(BehaviourFact fact) => fact.Incident.InvolvesSexting;
}
