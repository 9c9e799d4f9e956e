using System.Globalization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>repetition.redToBlack</c>: red behaviour repeated after correction becomes black, unless an exemption applies.</summary>
internal sealed class RepetitionRedToBlackRule : FlagRule
{
    public override string Id => "repetition.redToBlack";

    public override int Priority => RulePriorities.RepetitionRedToBlack;

    /// <remarks>Repetition counts once: a yellow that repetition made red does not become black by the same repetition.</remarks>
    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Red
        && fact.Behaviour.RepeatedAfterCorrection
        && fact.Exemption == Exemption.None
        && (fact.Applied & Aggravation.Repetition) == 0;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Change(Firing(fact.Culture), Aggravation.Repetition);

    protected override FiredRule CreateFiring(CultureInfo culture, int variant) =>
        Fixed(culture, Flag.Red, Flag.Black);
}
