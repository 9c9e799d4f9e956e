using Sensoa.Flags.Validation;

namespace Sensoa.Flags;

/// <summary>
/// The ids of the people in <see cref="IncidentLists"/>: validation finds duplicate and dangling ids with it, and the
/// assessment then finds people by id with the same index. Small incidents (the usual case) are scanned, which beats
/// hashing and allocates nothing; above <see cref="IncidentValidator.LinearScanLimit"/> people a dictionary of the ids
/// that passed validation is used. An invalid id cannot equal a valid one.
/// </summary>
internal readonly struct PeopleIndex
{
    private readonly IncidentLists? lists;
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

        var people = lists!.People;
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
    public bool Contains(string id) => lists is null || IndexOf(id) >= 0;

    /// <summary>Gets the person with this id, or null.</summary>
    public Person? Find(string id) => IndexOf(id) is var index and >= 0 ? lists!.People[index] : null;

    /// <summary>Gets the person with this id, who must exist (the incident was validated).</summary>
    /// <exception cref="KeyNotFoundException">No person has the id: validation was skipped.</exception>
    public Person Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException("The id names no person of the incident; validation should have said so.");

    private int IndexOf(string id)
    {
        if (lists is null)
        {
            return -1;
        }

        if (ids is not null)
        {
            return ids.TryGetValue(id, out var index) ? index : -1;
        }

        var people = lists.People;
        for (var i = 0; i < people.Length; i++)
        {
            if (string.Equals(people[i]?.Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
