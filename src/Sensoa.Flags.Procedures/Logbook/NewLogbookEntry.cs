namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>What the professional records; the logbook adds the sequence, the time and the hashes.</summary>
public sealed record NewLogbookEntry
{
    /// <summary>Gets where the incident happened: the place or channel, e.g. <c>email</c>, <c>Instagram DM</c>, <c>waiting room</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>
    /// Gets when the incident itself happened (the logbook adds when the entry is written); kept to the millisecond.
    /// Null when it is not known; a moment after the entry is written is refused.
    /// </summary>
    public DateTimeOffset? OccurredAt { get; init; }

    /// <summary>Gets what happened, in the professional's words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the evidence files, pinned by content hash.</summary>
    public IReadOnlyList<LogbookAttachment> Attachments { get; init; } = [];
}
