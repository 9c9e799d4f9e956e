using System.Globalization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>repetition.yellowToRed</c>: yellow behaviour repeated after correction becomes red, unless an exemption applies.</summary>
internal sealed class RepetitionYellowToRedRule : FlagRule
{
    public override string Id => "repetition.yellowToRed";

    public override int Priority => RulePriorities.RepetitionYellowToRed;

    /// <remarks>A yellow that only the unsafe context made is not the behaviour's own severity, so repetition leaves it.</remarks>
    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Yellow
        && fact.Behaviour.RepeatedAfterCorrection
        && fact.Exemption == Exemption.None
        && !fact.RaisedByContext
        && (fact.Applied & Aggravation.Repetition) == 0;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Change(Firing(fact.Culture), Aggravation.Repetition);

    protected override FiredRule CreateFiring(CultureInfo culture, int variant) =>
        Fixed(culture, Flag.Yellow, Flag.Red);
}
