namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>The outcome of verifying a logbook: the entries read and every problem found.</summary>
public sealed record LogbookVerification
{
    /// <summary>Gets the entries that could be read, in file order.</summary>
    public required IReadOnlyList<LogbookEntry> Entries { get; init; }

    /// <summary>Gets every problem, in line order; empty when the chain is intact.</summary>
    public required IReadOnlyList<LogbookProblem> Problems { get; init; }

    /// <summary>Gets whether every line is a well-formed entry and the chain is unbroken.</summary>
    public bool IsIntact => Problems.Count == 0;

    /// <summary>
    /// Gets the hash of the last entry (64 zeros for an empty logbook). Removing the last entries leaves a valid chain;
    /// note this hash elsewhere (a case file, an e-mail to yourself) to detect that too.
    /// </summary>
    public string HeadHash => Entries.Count == 0 ? LogbookCanonical.GenesisHash : Entries[^1].Hash;
}
