using System.Globalization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>awareness.redToBlack</c>: red behaviour where the person knew at the time that it crossed the line becomes black.</summary>
internal sealed class AwarenessRule : FlagRule
{
    public override string Id => "awareness.redToBlack";

    public override int Priority => RulePriorities.Awareness;

    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Red && fact.Behaviour.AwareAtTheTime;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Change(Firing(fact.Culture), Aggravation.Awareness);

    protected override FiredRule CreateFiring(CultureInfo culture, int variant) =>
        Fixed(culture, Flag.Red, Flag.Black);
}
