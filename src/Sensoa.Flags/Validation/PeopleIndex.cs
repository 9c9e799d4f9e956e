namespace Sensoa.Flags.Validation;

/// <summary>
/// The ids of an incident's people, for finding duplicates and dangling references. Small incidents (the usual case)
/// are scanned, which beats hashing and allocates nothing; above <see cref="IncidentValidator.LinearScanLimit"/> people
/// a dictionary is used. Only ids that passed validation are added; an invalid id cannot equal a valid one.
/// </summary>
internal readonly struct PeopleIndex
{
    private readonly IncidentLists lists;
    private readonly Dictionary<string, int>? ids;

    public PeopleIndex(IncidentLists lists)
    {
        this.lists = lists;
        if (lists.PeopleCount > IncidentValidator.LinearScanLimit)
        {
            ids = new Dictionary<string, int>(lists.PeopleCount, StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the id of the person at <paramref name="index"/>; returns the index of an earlier person with the same id, or -1.</summary>
    public int Add(string id, int index)
    {
        if (ids is not null)
        {
            return ids.TryAdd(id, index) ? -1 : ids[id];
        }

        var people = lists.People;
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(people[j]?.Id, id, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Gets whether a person has this id; true when the people could not be checked (their list was refused), so that no second error follows the first.</summary>
    public bool Contains(string id)
    {
        if (lists is null)
        {
            return true;
        }

        if (ids is not null)
        {
            return ids.ContainsKey(id);
        }

        foreach (var person in lists.People)
        {
            if (string.Equals(person?.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
