using System.Globalization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>knownBoundary.redToBlack</c>: red behaviour of a person whose earlier serious behaviour was addressed becomes black.</summary>
internal sealed class KnownBoundaryRule : FlagRule
{
    public override string Id => "knownBoundary.redToBlack";

    public override int Priority => RulePriorities.KnownBoundary;

    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Red && fact.Behaviour.PriorSeriousAddressed;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Change(Firing(fact.Culture), Aggravation.KnownBoundary);

    protected override FiredRule CreateFiring(CultureInfo culture, int variant) =>
        Fixed(culture, Flag.Red, Flag.Black);
}
