namespace Sensoa.Flags.Validation;

/// <summary>
/// The ids of an incident's people, for finding duplicates and dangling references. Small incidents (the usual case)
/// are scanned, which beats hashing and allocates nothing; above <see cref="IncidentValidator.LinearScanLimit"/> people
/// a dictionary is used. Only ids that passed validation are added; an invalid id cannot equal a valid one.
/// </summary>
internal readonly struct PeopleIndex
{
    private readonly IReadOnlyList<Person> people;
    private readonly Dictionary<string, int>? ids;

    public PeopleIndex(IReadOnlyList<Person> people)
    {
        this.people = people;
        if (people.Count > IncidentValidator.LinearScanLimit)
        {
            ids = new Dictionary<string, int>(people.Count, StringComparer.Ordinal);
        }
    }

    /// <summary>Adds the id of the person at <paramref name="index"/>; returns the index of an earlier person with the same id, or -1.</summary>
    public int Add(string id, int index)
    {
        if (ids is not null)
        {
            return ids.TryAdd(id, index) ? -1 : ids[id];
        }

        for (var j = 0; j < index; j++)
        {
            if (string.Equals(people[j]?.Id, id, StringComparison.Ordinal))
            {
                return j;
            }
        }

        return -1;
    }

    /// <summary>Gets whether a person has this id.</summary>
    public bool Contains(string id)
    {
        if (ids is not null)
        {
            return ids.ContainsKey(id);
        }

        for (var j = 0; j < people.Count; j++)
        {
            if (string.Equals(people[j]?.Id, id, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
