using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags.Json;

/// <summary>The incident read from JSON, or every error found with its JSON path.</summary>
public sealed class IncidentParseResult
{
    internal IncidentParseResult(Incident? incident, IReadOnlyList<ValidationError> errors)
    {
        Incident = incident;
        Errors = errors;
    }

    /// <summary>Gets the incident; null when the input was refused.</summary>
    public Incident? Incident { get; }

    /// <summary>Gets every error found; empty on success.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Gets whether the input was a valid incident.</summary>
    [MemberNotNullWhen(true, nameof(Incident))]
    public bool IsValid => Incident is not null;
}
