namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOn</c>: touching can make a flag heavier without a set amount; reported as a consideration, never applied.</summary>
internal sealed class HandsOnRule : ConsiderationRule
{
    public override string Id => "intimacy.handsOn";

    public override bool When(BehaviourFact fact) => fact.Behaviour.Intimacy == Intimacy.HandsOn;
}
