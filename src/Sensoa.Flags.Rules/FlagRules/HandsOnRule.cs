using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOn</c>: touching can make a flag heavier without a set amount; reported as a consideration, never applied.</summary>
internal sealed class HandsOnRule : FlagRule
{
    public override string Id => "intimacy.handsOn";

    public override int Priority => RulePriorities.Consideration;

    public override bool When(BehaviourFact fact) => fact.Behaviour.Intimacy == Intimacy.HandsOn;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Consider(Id, fact.Text(MessageKey));
}
