namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>One line of the evidence logbook, chained to the line before by <see cref="PreviousHash"/>.</summary>
public sealed record LogbookEntry
{
    /// <summary>Gets the position in the logbook, from 1, without gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>Gets when the entry was written, from the logbook's clock, to the millisecond with its UTC offset.</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>
    /// Gets when the incident itself happened, as the professional recorded it (to the millisecond, with its offset);
    /// null in an entry written before the logbook kept it. Not <see cref="Timestamp"/>, which says when it was written down.
    /// </summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Gets where the incident happened: the place or the channel.</summary>
    public required string Channel { get; init; }

    /// <summary>Gets what happened.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the evidence files, pinned by content hash.</summary>
    public required IReadOnlyList<LogbookAttachment> Attachments { get; init; }

    /// <summary>Gets the hash of the entry before, or 64 zeros for the first entry.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>Gets the SHA-256 over the entry's canonical form without this field, 64 lowercase hex digits.</summary>
    public required string Hash { get; init; }
}
