using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>flag.ceiling</c>: black is the heaviest flag. When aggravating factors are present that could not raise a black flag,
/// the rationale says so, so that nobody reads their silence as overlooked.
/// </summary>
internal sealed class CeilingRule : FlagRule
{
    private static readonly (Aggravation Factor, string Key)[] Factors =
    [
        (Aggravation.Repetition, "factor.repetition"),
        (Aggravation.KnownBoundary, "factor.knownBoundary"),
        (Aggravation.Awareness, "factor.awareness"),
    ];

    public override string Id => "flag.ceiling";

    public override int Priority => RulePriorities.Ceiling;

    public override bool When(BehaviourFact fact) =>
        fact.Flag == Flag.Black && (fact.Present & ~fact.Applied) != Aggravation.None;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context)
    {
        var unused = fact.Present & ~fact.Applied;
        var names = Factors.Where(f => (unused & f.Factor) != 0).Select(f => fact.Text(f.Key));
        fact.Note(Id, fact.Format(MessageKey, Texts.Join(names, fact.Culture)));
    }
}
