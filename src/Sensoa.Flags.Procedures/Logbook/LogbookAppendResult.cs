using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>The entry appended, or why nothing was written.</summary>
/// <param name="Entry">The entry as written; null when the append was refused.</param>
/// <param name="Errors">What was wrong with the new entry (with its JSON path); empty on success.</param>
/// <param name="Problems">What is wrong with the existing logbook, which makes appending unsafe; empty on success.</param>
public sealed record LogbookAppendResult(LogbookEntry? Entry, IReadOnlyList<ValidationError> Errors, IReadOnlyList<LogbookProblem> Problems)
{
    /// <summary>Gets whether the entry was appended.</summary>
    [MemberNotNullWhen(true, nameof(Entry))]
    public bool Succeeded => Entry is not null;

    /// <summary>
    /// Gets the receipt of the entry appended (<c>&lt;sequence&gt;:&lt;hash&gt;</c>), to send to someone else now, so that
    /// the logbook can be checked against it later; null when nothing was appended.
    /// </summary>
    public LogbookReceipt? Receipt => Entry is null ? null : new(Entry.Sequence, Entry.Hash);
}
