namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// One entry of the case file's history as a fact in the NRules session. The history rules join it with a behaviour's
/// <see cref="BehaviourTraits"/> on the person: an entry never touches a behaviour of anyone else. Its tests are small
/// members, so that each of the rules' conditions reads as the source says it.
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

    /// <summary>The entries of <paramref name="entries"/> that repeat <paramref name="behaviour"/>, in their order.</summary>
    public static HistoryFact[] Repeating(IEnumerable<HistoryFact> entries, Behaviour behaviour) => Select(entries, behaviour, static (e, b) => e.Repeats(b!));

    /// <summary>The entries of <paramref name="entries"/> that are a known boundary, in their order.</summary>
    public static HistoryFact[] KnownBoundaries(IEnumerable<HistoryFact> entries) => Select(entries, null, static (e, _) => e.SeriousAndAddressed);

    /// <summary>The entries of <paramref name="entries"/> that qualify for neither with <paramref name="behaviour"/>, in their order.</summary>
    public static HistoryFact[] OnRecord(IEnumerable<HistoryFact> entries, Behaviour behaviour) => Select(entries, behaviour, static (e, b) => e.QualifiesForNeither(b!));

    private static HistoryFact[] Select(IEnumerable<HistoryFact> entries, Behaviour? behaviour, Func<HistoryFact, Behaviour?, bool> test)
    {
        List<HistoryFact>? selected = null;
        foreach (var entry in entries)
        {
            if (test(entry, behaviour))
            {
                (selected ??= []).Add(entry);
            }
        }

        return selected is null ? [] : [.. selected];
    }
}
