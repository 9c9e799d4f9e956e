using System.Globalization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// One rule guarding a trigger: a stable id (the Stateless guard description), the check on the would-be state, and the
/// jurisdiction whose route it belongs to (null: both routes).
/// </summary>
internal sealed class SextingRule(string id, SextingTrigger trigger, Func<SextingIncidentState, IEnumerable<ValidationError>> check, Jurisdiction? only = null, bool advisory = false)
{
    public string Id { get; } = id;

    public SextingTrigger Trigger { get; } = trigger;

    /// <summary>Gets the only jurisdiction the rule applies in, or null when it applies in both.</summary>
    public Jurisdiction? Only { get; } = only;

    public bool AppliesIn(Jurisdiction jurisdiction) => Only is null || Only == jurisdiction;

    /// <summary>
    /// Gets whether the rule is advice rather than a gate: the source says "neem je best contact op" (best get in touch), so
    /// the trigger goes on without it and the state records that the advice was skipped (<see cref="SextingIncidentState.SkippedAdvice"/>).
    /// </summary>
    public bool Advisory { get; } = advisory;

    /// <summary>The rule's refusals of a would-be state, in a language.</summary>
    public IReadOnlyList<Refusal> Check(SextingIncidentState candidate, CultureInfo culture) =>
        [.. check(candidate).Select(reason => new Refusal(reason.Path, reason.Code, reason.Localize(culture).Message))];

    /// <summary>The rule's reasons to refuse a would-be state, as errors that <see cref="ValidationError.Localize"/> writes in any language.</summary>
    public IReadOnlyList<ValidationError> Reasons(SextingIncidentState candidate) => [.. check(candidate)];
}
