namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// The outcome of verifying a logbook: the entries read, every problem found, and every receipt it does not match.
/// </summary>
/// <remarks>
/// What an intact logbook proves, and what it does not: every entry is well formed, matches its own hash, numbers on from
/// the entry before and links to its hash, and was written no earlier than the entry before it. So no entry was changed,
/// removed or moved <em>between</em> the first and the last, unless the hashes after it were recomputed too. The chain has
/// no secret: whoever can edit the file can recompute every hash after an edit, cut off the last entries or write a fresh
/// file, and it still verifies. Only a receipt kept outside the file (<see cref="Receipt"/>,
/// <see cref="IEvidenceLogbook.Verify(string, IEnumerable{LogbookReceipt})"/>) shows that the entries up to the one it
/// names are still those that were there when it was sent. The times are those of the clock of whoever wrote the entry.
/// </remarks>
public sealed record LogbookVerification
{
    /// <summary>Gets the entries that could be read, in file order.</summary>
    public required IReadOnlyList<LogbookEntry> Entries { get; init; }

    /// <summary>Gets every problem, in line order; empty when the chain is intact.</summary>
    public required IReadOnlyList<LogbookProblem> Problems { get; init; }

    /// <summary>Gets every receipt checked that the logbook does not match, in the order given; empty when none was given.</summary>
    public IReadOnlyList<LogbookReceiptMismatch> Mismatches { get; init; } = [];

    /// <summary>Gets whether every line is a well-formed entry, the chain is unbroken, and every receipt checked matches.</summary>
    public bool IsIntact => Problems.Count == 0 && Mismatches.Count == 0;

    /// <summary>
    /// Gets the hash of the last entry (64 zeros for an empty logbook). Removing the last entries, or rewriting the file
    /// with its hashes recomputed, leaves a valid chain: send <see cref="Receipt"/> to someone else to detect that.
    /// </summary>
    public string HeadHash => Entries.Count == 0 ? LogbookCanonical.GenesisHash : Entries[^1].Hash;

    /// <summary>
    /// Gets the receipt of the last entry, to send to someone else and check against later; null when the logbook has
    /// no entries or is not intact (a receipt vouches only for a logbook that verified).
    /// </summary>
    public LogbookReceipt? Receipt => IsIntact && Entries.Count > 0 ? new(Entries[^1].Sequence, Entries[^1].Hash) : null;

    /// <summary>Gets the same outcome with the messages of its problems and mismatches in another language.</summary>
    /// <param name="culture">The language: Dutch for <c>nl</c>, <c>nl-BE</c>, ...; English otherwise.</param>
    /// <returns>The outcome with its messages in that language.</returns>
    public LogbookVerification Localize(System.Globalization.CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return this with { Problems = [.. Problems.Select(p => p.Localize(culture))], Mismatches = [.. Mismatches.Select(m => m.Localize(culture))] };
    }

    /// <summary>Gets the line of each entry in <see cref="Entries"/>, in the same order.</summary>
    internal IReadOnlyList<int> EntryLines { get; init; } = [];
}
