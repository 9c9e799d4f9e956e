namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>What the professional records; the logbook adds the sequence, the time and the hashes.</summary>
public sealed record NewLogbookEntry
{
    /// <summary>Gets the place or channel, e.g. <c>email</c>, <c>Instagram DM</c>, <c>waiting room</c>.</summary>
    public required string Channel { get; init; }

    /// <summary>Gets what happened, in the professional's words.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the evidence files, pinned by content hash.</summary>
    public IReadOnlyList<LogbookAttachment> Attachments { get; init; } = [];
}
