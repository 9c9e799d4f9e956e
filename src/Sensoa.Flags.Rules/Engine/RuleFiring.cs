namespace Sensoa.Flags.Rules.Engine;

/// <summary>One firing recorded by a session: which rule fired on which fact (by insertion order).</summary>
/// <param name="RuleId">The id of the rule.</param>
/// <param name="FactIndex">The index of the fact in insertion order.</param>
public readonly record struct RuleFiring(string RuleId, int FactIndex);
