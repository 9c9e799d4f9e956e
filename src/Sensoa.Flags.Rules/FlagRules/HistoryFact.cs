namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// One entry of the case file's history, among its person's (<see cref="PersonHistory"/>), which
/// <see cref="HistoryJoinRule"/> joins with that person's behaviours: an entry never touches a behaviour of anyone else.
/// Its tests are small members, so that what <see cref="HistoryMatch"/> sorts it into reads as the source says it.
/// </summary>
internal sealed class HistoryFact(HistoryEntry entry)
{
    public HistoryEntry Entry { get; } = entry;

    /// <summary>Gets whose behaviour it was.</summary>
    public string PersonId => Entry.PersonId;

    /// <summary>Gets whether it was boundary-crossing then: yellow or heavier.</summary>
    public bool AtLeastYellow => Entry.Flag >= Flag.Yellow;

    /// <summary>Gets whether it was serious (red or black) and addressed appropriately then: the known boundary.</summary>
    public bool SeriousAndAddressed => Entry.Flag >= Flag.Red && Entry.Addressed;

    /// <summary>Whether it was the same kind of behaviour: it shares a label with <paramref name="behaviour"/> (ignoring case).</summary>
    public bool SharesLabelWith(Behaviour behaviour)
    {
        var mine = Entry.Labels;
        var theirs = behaviour.Labels;
        for (var i = 0; i < mine.Count; i++)
        {
            for (var j = 0; j < theirs.Count; j++)
            {
                if (string.Equals(mine[i], theirs[j], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Whether it is a repetition of <paramref name="behaviour"/>: yellow or heavier and of the same kind.</summary>
    public bool Repeats(Behaviour behaviour) => AtLeastYellow && SharesLabelWith(behaviour);

    /// <summary>Whether it is neither a repetition of <paramref name="behaviour"/> nor a known boundary: on record, to weigh.</summary>
    public bool QualifiesForNeither(Behaviour behaviour) => !SeriousAndAddressed && !Repeats(behaviour);
}

/// <summary>
/// A behaviour's actor's entries split by what they are to that behaviour, in the group's order: one pass over the group,
/// inferred by <see cref="HistoryJoinRule"/> and set on the behaviour's fact (<see cref="BehaviourFact.History"/>), so that
/// each history rule's own test is a look at its list.
/// </summary>
internal sealed class HistoryMatch
{
    private HistoryMatch(BehaviourFact? fact, HistoryFact[] repeating, HistoryFact[] knownBoundaries, HistoryFact[] onRecord)
    {
        Fact = fact;
        Repeating = repeating;
        KnownBoundaries = knownBoundaries;
        OnRecord = onRecord;
    }

    /// <summary>Gets the match of a behaviour whose actor has no entries: every list empty.</summary>
    public static HistoryMatch None { get; } = new(null, [], [], []);

    /// <summary>Gets the behaviour's fact the match is of (none for <see cref="None"/>).</summary>
    public BehaviourFact? Fact { get; }

    /// <summary>Gets the entries that repeat the behaviour: yellow or heavier, sharing a label.</summary>
    public HistoryFact[] Repeating { get; }

    /// <summary>Gets the entries that are a known boundary: red or black, addressed.</summary>
    public HistoryFact[] KnownBoundaries { get; }

    /// <summary>Gets the entries that are neither: on record, to weigh.</summary>
    public HistoryFact[] OnRecord { get; }

    /// <summary>Splits <paramref name="entries"/> (the behaviour's actor's) for the behaviour of <paramref name="fact"/>.</summary>
    public static HistoryMatch Of(IEnumerable<HistoryFact> entries, BehaviourFact fact)
    {
        var behaviour = fact.Behaviour;
        List<HistoryFact>? repeating = null, known = null, onRecord = null;
        foreach (var entry in entries)
        {
            var repeats = entry.Repeats(behaviour);
            if (repeats)
            {
                (repeating ??= []).Add(entry);
            }

            if (entry.SeriousAndAddressed)
            {
                (known ??= []).Add(entry);
            }
            else if (!repeats)
            {
                (onRecord ??= []).Add(entry);
            }
        }

        return new HistoryMatch(fact, Array(repeating), Array(known), Array(onRecord));
    }

    private static HistoryFact[] Array(List<HistoryFact>? list) => list is null ? [] : [.. list];
}
