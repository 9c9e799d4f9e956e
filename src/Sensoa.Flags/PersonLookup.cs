namespace Sensoa.Flags;

/// <summary>
/// Finds the people of a validated incident by id: small incidents (the usual case) by scanning, which is faster than
/// hashing and allocates nothing; large ones through a dictionary built once. Indexed loops, not <c>foreach</c>, so that
/// no enumerator is allocated or called through an interface.
/// </summary>
internal readonly struct PersonLookup
{
    /// <summary>Up to this many people, ids are found by scanning.</summary>
    public const int LinearScanLimit = 16;

    private readonly IReadOnlyList<Person> people;
    private readonly Dictionary<string, Person>? byId;

    public PersonLookup(IReadOnlyList<Person> people)
    {
        this.people = people;
        if (people.Count > LinearScanLimit)
        {
            byId = new Dictionary<string, Person>(people.Count, StringComparer.Ordinal);
            for (var i = 0; i < people.Count; i++)
            {
                var person = people[i];
                byId.TryAdd(person.Id, person);
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

        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
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
