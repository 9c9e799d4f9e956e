namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// An append-only evidence logbook in JSON Lines: one entry per line, each hash-chained (SHA-256) to the one before.
/// </summary>
/// <remarks>
/// <para>
/// What the chain proves: that the entries between the first and the last were not changed, removed or moved since they
/// were written, unless whoever did it also recomputed every hash after the change; <see cref="Verify(string)"/> names
/// each edited, missing or reordered entry by its line, and each entry written before the one above it.
/// </para>
/// <para>
/// What it does not prove: the chain holds no secret, so anyone who can edit the file can recompute the hashes after an
/// edit, cut off the last entries, reorder and renumber, or write a fresh file, and it still verifies. The times are read
/// from the clock of whoever wrote the entry. Against all of that only something kept outside the file helps: send the
/// <see cref="LogbookReceipt"/> of a new entry (<see cref="LogbookAppendResult.Receipt"/>) to someone else, and verify
/// later against it (<see cref="Verify(string, IEnumerable{LogbookReceipt})"/>): the entry it names, and every entry before
/// it, must then be exactly as they were.
/// </para>
/// </remarks>
public interface IEvidenceLogbook
{
    /// <summary>
    /// Appends an entry, linked to the last one. Only the ends of the file are read, so an append costs the same on a
    /// logbook of any length: nothing is written when the file is not UTF-8 or its last line is not an entry that
    /// matches its hash. Existing lines are never rewritten, so a problem further up stays for
    /// <see cref="Verify(string)"/> to find and name, exactly where it was. An entry whose texts hold an unpaired
    /// surrogate or a control character (in the description only line breaks and tabs are allowed) is refused with its
    /// path, as is an append when the clock reads earlier than the last entry's time, or after the largest sequence number.
    /// </summary>
    /// <param name="path">The logbook file; created when it does not exist (not through a symbolic link to nothing).</param>
    /// <param name="entry">What to record.</param>
    /// <returns>The entry as written with its receipt, or the reasons nothing was written.</returns>
    /// <exception cref="IOException">The file cannot be written (the message says "disk full" for a full disk); it is as it was, and a logbook this append created is removed again.</exception>
    LogbookAppendResult Append(string path, NewLogbookEntry entry);

    /// <summary>Reads and verifies a logbook file.</summary>
    /// <param name="path">The logbook file.</param>
    /// <returns>The entries and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    LogbookVerification Verify(string path);

    /// <summary>
    /// Reads and verifies a logbook file, and checks it against receipts sent earlier: each must name an entry that is
    /// still there with the same hash, else <see cref="LogbookVerification.Mismatches"/> names it.
    /// </summary>
    /// <param name="path">The logbook file.</param>
    /// <param name="receipts">The receipts to check.</param>
    /// <returns>The entries, every problem found and every receipt not matched.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    LogbookVerification Verify(string path, IEnumerable<LogbookReceipt> receipts);

    /// <summary>Reads and verifies a logbook from a reader, line by line.</summary>
    /// <param name="reader">The logbook text.</param>
    /// <returns>The entries and every problem found.</returns>
    LogbookVerification Verify(TextReader reader);

    /// <summary>Reads and verifies a logbook from a reader, line by line, and checks it against receipts.</summary>
    /// <param name="reader">The logbook text.</param>
    /// <param name="receipts">The receipts to check.</param>
    /// <returns>The entries, every problem found and every receipt not matched.</returns>
    LogbookVerification Verify(TextReader reader, IEnumerable<LogbookReceipt> receipts);
}
