namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// An append-only evidence logbook in JSON Lines: one entry per line, each hash-chained (SHA-256) to the one before,
/// so that an edited, removed or reordered entry is found and named by its line.
/// </summary>
public interface IEvidenceLogbook
{
    /// <summary>
    /// Appends an entry, linked to the last one. Only the ends of the file are read, so an append costs the same on a
    /// logbook of any length: nothing is written when the file is not UTF-8 or its last line is not an entry that
    /// matches its hash. Existing lines are never rewritten, so a problem further up stays for
    /// <see cref="Verify(string)"/> to find and name, exactly where it was.
    /// </summary>
    /// <param name="path">The logbook file; created when it does not exist.</param>
    /// <param name="entry">What to record.</param>
    /// <returns>The entry as written, or the reasons nothing was written.</returns>
    LogbookAppendResult Append(string path, NewLogbookEntry entry);

    /// <summary>Reads and verifies a logbook file.</summary>
    /// <param name="path">The logbook file.</param>
    /// <returns>The entries and every problem found.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    LogbookVerification Verify(string path);

    /// <summary>Reads and verifies a logbook from a reader, line by line.</summary>
    /// <param name="reader">The logbook text.</param>
    /// <returns>The entries and every problem found.</returns>
    LogbookVerification Verify(TextReader reader);
}
