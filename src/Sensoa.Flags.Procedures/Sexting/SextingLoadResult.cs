using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>A state read from JSON, or every error found with its JSON path.</summary>
/// <param name="State">The state; null when the file was refused.</param>
/// <param name="Errors">Every error found; empty on success.</param>
public sealed record SextingLoadResult(SextingIncidentState? State, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Gets whether the file was a valid saved state.</summary>
    [MemberNotNullWhen(true, nameof(State))]
    public bool IsValid => State is not null;
}
