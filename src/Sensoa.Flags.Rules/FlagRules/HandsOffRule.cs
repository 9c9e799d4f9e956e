using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOff</c>: only visual or verbal; reported so that the degree of intimacy is on record.</summary>
internal sealed class HandsOffRule : FlagRule
{
    public override string Id => "intimacy.handsOff";

    public override int Priority => RulePriorities.Consideration;

    public override bool When(BehaviourFact fact) => fact.Behaviour.Intimacy == Intimacy.HandsOff;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Consider(Id, fact.Text(MessageKey));
}
