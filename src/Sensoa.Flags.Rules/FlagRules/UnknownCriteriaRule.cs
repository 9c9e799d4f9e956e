using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>criteria.unknown</c>: unknown criteria do not count; while any is unknown and the flag is below black,
/// the flag is a lower bound (insufficient information). It runs after every raise, so it sees the flag they leave.
/// </summary>
/// <remarks>Variants: which criteria are unknown (six bits) and the flag (none, or green to black).</remarks>
internal sealed class UnknownCriteriaRule : FlagRule
{
    private const int NoFlag = 4;

    public UnknownCriteriaRule()
        : base(variants: 64 * 5)
    {
    }

    public override string Id => "criteria.unknown";

    public override int Priority => RulePriorities.Unknown;

    /// <summary>Gets false: it only records (the status and rationale), which no condition reads.</summary>
    public override bool ChangesConditions => false;

    public override bool When(BehaviourFact fact) => fact.UnknownMask != 0;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        fact.Status = fact.Flag == Flag.Black ? AssessmentStatus.Complete : AssessmentStatus.InsufficientInformation;
        fact.Note(Firing(fact.Culture, (fact.UnknownMask * 5) + (fact.Flag is { } flag ? (int)flag : NoFlag)));
    }

    protected override FiredRule CreateFiring(CultureInfo culture, int variant)
    {
        var mask = variant / 5;
        Flag? flag = variant % 5 == NoFlag ? null : (Flag)(variant % 5);
        var message = flag switch
        {
            null => Texts.Get("rule.criteria.unknown.all", culture),
            Flag.Black => Texts.Format("rule.criteria.unknown.black", culture, Texts.JoinCriteria(mask, culture)),
            _ => Texts.Format("rule.criteria.unknown.partial", culture, Texts.JoinCriteria(mask, culture), Texts.Flag(flag, culture)),
        };
        return new FiredRule(Id, flag, flag, message);
    }
}
