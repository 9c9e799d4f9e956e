using System.Globalization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>unsafeContext.greenToYellow</c>: an unsafe context turns green into yellow, and never does more.</summary>
internal sealed class UnsafeContextRule : FlagRule
{
    public override string Id => "unsafeContext.greenToYellow";

    public override int Priority => RulePriorities.UnsafeContext;

    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Green && fact.Incident.UnsafeContext;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        fact.RaisedByContext = true;
        fact.Change(Firing(fact.Culture));
    }

    protected override FiredRule CreateFiring(CultureInfo culture, int variant) =>
        Fixed(culture, Flag.Green, Flag.Yellow);
}
