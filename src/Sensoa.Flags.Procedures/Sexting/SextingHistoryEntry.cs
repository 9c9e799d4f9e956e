namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>One fired trigger, with when and from which step to which.</summary>
/// <param name="At">When it was fired, from the workflow's clock (milliseconds, with offset).</param>
/// <param name="Trigger">The trigger.</param>
/// <param name="From">The step before.</param>
/// <param name="To">The step after (the same step for police advice and deleted images).</param>
public sealed record SextingHistoryEntry(DateTimeOffset At, SextingTrigger Trigger, SextingStep From, SextingStep To);
