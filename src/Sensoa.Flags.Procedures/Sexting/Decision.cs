namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The decision of step 5: the route and the measures that go with it.</summary>
public sealed record Decision
{
    /// <summary>Gets the route.</summary>
    public required DecisionRoute Route { get; init; }

    /// <summary>Gets the measures, in the order given.</summary>
    public IReadOnlyList<Measure> Measures { get; init; } = [];
}
