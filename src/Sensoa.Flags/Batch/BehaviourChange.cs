namespace Sensoa.Flags.Batch;

/// <summary>
/// How one behaviour's assessment changed. Values are the contract's names (<c>yellow</c>, <c>complete</c>,
/// <c>internal</c>), kept as text because a stored assessment may come from a rule-set version with other names;
/// null where the value is null or the behaviour is missing on that side.
/// </summary>
public sealed record BehaviourChange
{
    /// <summary>Gets the behaviour's id.</summary>
    public required string BehaviourId { get; init; }

    /// <summary>Gets the stored final flag.</summary>
    public required string? OldFlag { get; init; }

    /// <summary>Gets today's final flag.</summary>
    public required string? NewFlag { get; init; }

    /// <summary>Gets the stored computed flag.</summary>
    public required string? OldComputedFlag { get; init; }

    /// <summary>Gets today's computed flag.</summary>
    public required string? NewComputedFlag { get; init; }

    /// <summary>Gets the stored status.</summary>
    public required string? OldStatus { get; init; }

    /// <summary>Gets today's status.</summary>
    public required string? NewStatus { get; init; }

    /// <summary>Gets the stored registration.</summary>
    public required string? OldRegistration { get; init; }

    /// <summary>Gets today's registration.</summary>
    public required string? NewRegistration { get; init; }

    /// <summary>Gets the stored override's fate: <c>accepted</c>, <c>acceptedWithWarning</c> (rule set 3.0.0 on), <c>refused</c>, or null without an override.</summary>
    public required string? OldOverride { get; init; }

    /// <summary>Gets today's override's fate: <c>accepted</c>, <c>acceptedWithWarning</c> (a raise by two levels or more), <c>refused</c>, or null without an override.</summary>
    public required string? NewOverride { get; init; }

    /// <summary>Gets the ids of the rules that fired then and no longer fire.</summary>
    public required IReadOnlyList<string> RulesNoLongerFired { get; init; }

    /// <summary>Gets the ids of the rules that fire now and did not then.</summary>
    public required IReadOnlyList<string> RulesNewlyFired { get; init; }

    /// <summary>Gets the ids of the considerations given then and no longer.</summary>
    public required IReadOnlyList<string> ConsiderationsGone { get; init; }

    /// <summary>Gets the ids of the considerations given now and not then.</summary>
    public required IReadOnlyList<string> ConsiderationsNew { get; init; }
}
