using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The Sensoa rule set of DOMAIN.md §3, compiled once.</summary>
internal static class SensoaRuleSet
{
    /// <summary>The version every assessment carries. Raise it whenever a rule's outcome changes.</summary>
    public const string Version = "1.0.0";

    public static RuleSet<BehaviourFact> Instance { get; } = Create();

    public static RuleSet<BehaviourFact> Create() => RuleSet<BehaviourFact>.Compile(
        "sensoa-flags",
        Version,
        [
            new MostSevereCriterionRule(),
            new RepetitionYellowToRedRule(),
            new RepetitionRedToBlackRule(),
            new RepetitionExceptionRule(),
            new KnownBoundaryRule(),
            new AwarenessRule(),
            new UnsafeContextRule(),
            new UnknownCriteriaRule(),
            new CeilingRule(),
            new HandsOnRule(),
            new HandsOffRule(),
            new SextingForwardingRule(),
        ]);
}
