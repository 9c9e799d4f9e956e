namespace Sensoa.Flags;

/// <summary>
/// One earlier behaviour of a person of the incident, as the case file holds it. It says what that behaviour was then,
/// never what the person is: the rules may find a repetition or a known boundary in it, and name the entry they rest on.
/// </summary>
public sealed record HistoryEntry
{
    /// <summary>Gets the id, unique among the incident's history entries.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the person of the incident whose behaviour it was.</summary>
    public required string PersonId { get; init; }

    /// <summary>Gets the day it happened.</summary>
    public required DateOnly OccurredOn { get; init; }

    /// <summary>Gets the final flag it was given then.</summary>
    public required Flag Flag { get; init; }

    /// <summary>Gets whether it was addressed appropriately then.</summary>
    public bool Addressed { get; init; }

    /// <summary>Gets the kind of behaviour in the organisation's words (at most <see cref="Limits.MaxLabels"/>); a shared label makes it the same kind as a behaviour.</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];
}
