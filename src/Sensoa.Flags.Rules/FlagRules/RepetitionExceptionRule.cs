using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.exception</c>: a child under 6, a person with a disability or a person functioning at a low level
/// often needs repetition to learn; their repeated yellow or red keeps its flag, and the rationale says why.
/// </summary>
/// <remarks>Variants: the flag (yellow or red) and the exemption (three).</remarks>
internal sealed class RepetitionExceptionRule : FlagRule
{
    public RepetitionExceptionRule()
        : base(variants: 4 * 4)
    {
    }

    public override string Id => "repetition.exception";

    public override int Priority => RulePriorities.RepetitionException;

    /// <summary>Gets false: it only records (the status and rationale), which no condition reads.</summary>
    public override bool ChangesConditions => false;

    public override bool When(BehaviourFact fact) =>
        fact.Flag is Flag.Yellow or Flag.Red
        && fact.Behaviour.RepeatedAfterCorrection
        && fact.Exemption != Exemption.None
        && !fact.RaisedByContext;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Note(Firing(fact.Culture, ((int)fact.Flag!.Value << 2) | (int)fact.Exemption));

    protected override FiredRule CreateFiring(CultureInfo culture, int variant)
    {
        var flag = (Flag)(variant >> 2);
        var reason = (Exemption)(variant & 3) switch
        {
            Exemption.UnderSix => "reason.underSix",
            Exemption.Disability => "reason.disability",
            _ => "reason.lowFunctioning",
        };
        return new FiredRule(Id, flag, flag, Texts.Format(MessageKey, culture, Texts.Flag(flag, culture), Texts.Get(reason, culture)));
    }
}
