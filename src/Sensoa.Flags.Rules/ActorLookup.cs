namespace Sensoa.Flags.Rules;

/// <summary>
/// Finds the actor of a behaviour among an incident's people (ids are valid and unique by then). Small incidents are
/// scanned, which beats hashing and allocates nothing; larger ones get a dictionary.
/// </summary>
internal readonly struct ActorLookup
{
    private const int LinearScanLimit = 16;

    private readonly IReadOnlyList<Person> people;
    private readonly Dictionary<string, Person>? byId;

    public ActorLookup(IReadOnlyList<Person> people)
    {
        this.people = people;
        if (people.Count > LinearScanLimit)
        {
            byId = new Dictionary<string, Person>(people.Count, StringComparer.Ordinal);
            foreach (var person in people)
            {
                byId[person.Id] = person;
            }
        }
    }

    public Person Find(string id)
    {
        if (byId is not null)
        {
            return byId[id];
        }

        foreach (var person in people)
        {
            if (string.Equals(person.Id, id, StringComparison.Ordinal))
            {
                return person;
            }
        }

        throw new KeyNotFoundException("The actor is not a person of the incident; validation should have said so.");
    }
}
