namespace Sensoa.Flags;

/// <summary>
/// Finds the people of a validated incident by id, over the array of <see cref="IncidentLists"/>: small incidents (the
/// usual case) by scanning, which is faster than hashing and allocates nothing; large ones through a dictionary built once.
/// </summary>
internal readonly struct PersonLookup
{
    /// <summary>Up to this many people, ids are found by scanning.</summary>
    public const int LinearScanLimit = 16;

    private readonly Person[] people;
    private readonly int count;
    private readonly Dictionary<string, Person>? byId;

    public PersonLookup(Person[] people, int count)
    {
        this.people = people;
        this.count = count;
        if (count > LinearScanLimit)
        {
            byId = new Dictionary<string, Person>(count, StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                byId.TryAdd(people[i].Id, people[i]);
            }
        }
    }

    /// <summary>Gets the person with this id, or null.</summary>
    public Person? Find(string id)
    {
        if (byId is not null)
        {
            return byId.GetValueOrDefault(id);
        }

        var span = new ReadOnlySpan<Person>(people, 0, count);
        foreach (var person in span)
        {
            if (string.Equals(person.Id, id, StringComparison.Ordinal))
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Gets the person with this id, who must exist (the incident was validated).</summary>
    /// <exception cref="KeyNotFoundException">No person has the id: validation was skipped.</exception>
    public Person Get(string id) =>
        Find(id) ?? throw new KeyNotFoundException("The id names no person of the incident; validation should have said so.");
}
