namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOff</c>: only visual or verbal; reported so that the degree of intimacy is on record.</summary>
internal sealed class HandsOffRule : ConsiderationRule
{
    public override string Id => "intimacy.handsOff";

    public override bool When(BehaviourFact fact) => fact.Behaviour.Intimacy == Intimacy.HandsOff;
}
