namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The input object the Microsoft RulesEngine workflow reads (<c>input1</c> in its expressions): one behaviour flattened
/// to numbers and booleans, as a RulesEngine user maps a domain object before executing a workflow. Flags and ratings
/// are ints (green 0 to black 3; -1 for none or unknown) because Dynamic LINQ compares them easily.
/// </summary>
public sealed class RulesEngineState
{
    public int Consent { get; set; }

    public int Voluntariness { get; set; }

    public int Equality { get; set; }

    public int Development { get; set; }

    public int Context { get; set; }

    public int Impact { get; set; }

    public int UnknownCount { get; set; }

    public int CriteriaFlag { get; set; } = -1;

    public int Flag { get; set; } = -1;

    public bool Repeated { get; set; }

    public bool PriorSerious { get; set; }

    public bool Aware { get; set; }

    public bool Distributes { get; set; }

    /// <summary>Gets or sets the intimacy: 0 none given, 1 hands-on, 2 hands-off.</summary>
    public int Intimacy { get; set; }

    public bool RepetitionApplied { get; set; }

    public bool KnownBoundaryApplied { get; set; }

}
