namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The outcome of firing a trigger: the new state, or the reasons it was refused and the state unchanged.</summary>
public sealed record TransitionResult
{
    /// <summary>Gets the state after the trigger, or the unchanged state when it was refused.</summary>
    public required SextingIncidentState State { get; init; }

    /// <summary>Gets the input errors, each with its JSON path; empty when the input was valid.</summary>
    public IReadOnlyList<ValidationError> Errors { get; init; } = [];

    /// <summary>Gets the rules that refused the trigger; empty when it fired.</summary>
    public IReadOnlyList<Refusal> Refusals { get; init; } = [];

    /// <summary>Gets whether the trigger fired.</summary>
    public bool Succeeded => Errors.Count == 0 && Refusals.Count == 0;
}
