namespace Sensoa.Flags;

/// <summary>
/// The people and the behaviours of the incident being checked or assessed, copied once into arrays kept per thread.
/// </summary>
/// <remarks>
/// An incident's lists are <see cref="IReadOnlyList{T}"/>: every read of an item is an interface call, and the same
/// people are read many times per behaviour (duplicate ids, the actor, those affected, responses, routing). Copying the
/// items once into arrays makes every later read an array access. The arrays hold references to the caller's objects
/// only while <see cref="Rent"/> is out: <see cref="Return"/> clears them. Sizes are bounded by <see cref="Limits"/>,
/// which validation checks before anything is copied.
/// </remarks>
internal sealed class IncidentLists
{
    [ThreadStatic]
    private static IncidentLists? current;

    private Person?[] people = new Person?[8];
    private Behaviour?[] behaviours = new Behaviour?[8];

    /// <summary>Gets the errors found in this incident (empty when rented).</summary>
    public Validation.ErrorCollector Errors { get; } = new();

    /// <summary>Gets the number of people copied.</summary>
    public int PeopleCount { get; private set; }

    /// <summary>Gets the number of behaviours copied.</summary>
    public int BehaviourCount { get; private set; }

    /// <summary>Gets the people as copied (null items where the caller gave null).</summary>
    public ReadOnlySpan<Person?> People => new(people, 0, PeopleCount);

    /// <summary>Gets the behaviours as copied (null items where the caller gave null).</summary>
    public ReadOnlySpan<Behaviour?> Behaviours => new(behaviours, 0, BehaviourCount);

    /// <summary>
    /// Gets the people by id: made when the people are copied, filled by validation (or by <see cref="Of"/> for an
    /// incident validated before), and used by the assessment afterwards.
    /// </summary>
    public PeopleIndex Index { get; private set; }

    /// <summary>Takes this thread's lists (or new ones, when they are out, as in a nested assessment).</summary>
    public static IncidentLists Rent()
    {
        var lists = current ?? new IncidentLists();
        current = null;
        return lists;
    }

    /// <summary>Copies both lists of an incident validated before, and indexes its (valid, unique) ids.</summary>
    public IncidentLists Of(Incident incident)
    {
        SetPeople(incident.People);
        SetBehaviours(incident.Behaviours);
        var index = Index;
        for (var i = 0; i < PeopleCount; i++)
        {
            index.Add(people[i]!.Id, i);
        }

        return this;
    }

    /// <summary>Copies the people (at most <see cref="Limits.MaxPeople"/>, checked by the caller).</summary>
    public void SetPeople(IReadOnlyList<Person?> list)
    {
        PeopleCount = Copy(list, ref people);
        Index = new PeopleIndex(this);
    }

    /// <summary>Copies the behaviours (at most <see cref="Limits.MaxBehaviours"/>, checked by the caller).</summary>
    public void SetBehaviours(IReadOnlyList<Behaviour?> list) => BehaviourCount = Copy(list, ref behaviours);

    /// <summary>Lets go of the incident and keeps the arrays for the thread's next one.</summary>
    public void Return()
    {
        Array.Clear(people, 0, PeopleCount);
        Array.Clear(behaviours, 0, BehaviourCount);
        PeopleCount = 0;
        BehaviourCount = 0;
        Index = default;
        Errors.Clear();
        current = this;
    }

    private static int Copy<T>(IReadOnlyList<T?> list, ref T?[] array)
        where T : class
    {
        var count = list.Count;
        if (count > array.Length)
        {
            array = new T?[Math.Max(count, array.Length * 2)];
        }

        if (list is T?[] source)
        {
            Array.Copy(source, array, count);
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                array[i] = list[i];
            }
        }

        return count;
    }
}
