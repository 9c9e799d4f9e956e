namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// One person's entries in the case file, in the file's order: the fact <see cref="HistoryJoinRule"/> joins with the
/// behaviours of that person. The entries go into the session by person, not one by one: the join is then one test per
/// behaviour and person, and the session holds as many history facts as there are people with entries, not a thousand.
/// </summary>
internal sealed class PersonHistory(string personId, HistoryFact[] entries)
{
    /// <summary>Gets whose entries these are.</summary>
    public string PersonId { get; } = personId;

    /// <summary>Gets the entries, in the case file's order.</summary>
    public HistoryFact[] Entries { get; } = entries;

    /// <summary>The case file by person, people in the order they first appear in it.</summary>
    public static PersonHistory[] Of(IReadOnlyList<HistoryEntry> history) =>
        [.. history
            .GroupBy(entry => entry.PersonId, StringComparer.Ordinal)
            .Select(group => new PersonHistory(group.Key, [.. group.Select(entry => new HistoryFact(entry))]))];
}
