using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>sexting.forwarding</c>: in a sexting incident, forwarding someone's image without consent always crosses a boundary. The contract has no field for forwarding, so this is a consideration pointing at the consent criterion, not a raise.</summary>
[Name(Id)]
[Description("In a sexting incident, forwarding someone's image without their consent always crosses a boundary: red for young children, black for older youths and adults.")]
[Priority(RulePriorities.SextingForwarding)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class SextingForwardingRule : Rule
{
    public const string Id = "sexting.forwarding";

    private static readonly CultureCache<Consideration> Considerations = new(1, (culture, _) => RuleTexts.Consideration(Id, culture));

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Incident.InvolvesSexting);
        Then().Do(ctx => fact.Consider(Considerations.Get(fact.Culture, 0)));
    }
}
