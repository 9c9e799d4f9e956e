using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>flag.ceiling</c>: black is the heaviest flag. When aggravating factors are present that could not raise a black flag,
/// the rationale says so, so that nobody reads their silence as overlooked.
/// </summary>
/// <remarks>Variants: the factors left unused (three bits).</remarks>
internal sealed class CeilingRule : FlagRule
{
    private static readonly (Aggravation Factor, string Key)[] Factors =
    [
        (Aggravation.Repetition, "factor.repetition"),
        (Aggravation.KnownBoundary, "factor.knownBoundary"),
        (Aggravation.Awareness, "factor.awareness"),
    ];

    public CeilingRule()
        : base(variants: 8)
    {
    }

    public override string Id => "flag.ceiling";

    public override int Priority => RulePriorities.Ceiling;

    /// <summary>Gets false: it only records (the status and rationale), which no condition reads.</summary>
    public override bool ChangesConditions => false;

    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Black && (fact.Present & ~fact.Applied) != Aggravation.None;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Note(Firing(fact.Culture, (int)(fact.Present & ~fact.Applied)));

    protected override FiredRule CreateFiring(CultureInfo culture, int variant)
    {
        var names = new List<string>(Factors.Length);
        foreach (var (factor, key) in Factors)
        {
            if ((variant & (int)factor) != 0)
            {
                names.Add(Texts.Get(key, culture));
            }
        }

        return new FiredRule(Id, Flag.Black, Flag.Black, Texts.Format(MessageKey, culture, Texts.Join(names, culture)));
    }
}
