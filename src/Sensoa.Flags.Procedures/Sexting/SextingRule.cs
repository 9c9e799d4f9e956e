using System.Globalization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>One rule guarding a trigger: a stable id (the Stateless guard description) and the check on the would-be state.</summary>
internal sealed class SextingRule(string id, SextingTrigger trigger, Func<SextingIncidentState, CultureInfo, IEnumerable<Refusal>> check)
{
    public string Id { get; } = id;

    public SextingTrigger Trigger { get; } = trigger;

    public IReadOnlyList<Refusal> Check(SextingIncidentState candidate, CultureInfo culture) => check(candidate, culture).ToArray();
}
