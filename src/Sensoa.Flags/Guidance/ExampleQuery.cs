namespace Sensoa.Flags.Guidance;

/// <summary>What a behaviour is compared on to find the closest worked examples.</summary>
public sealed record ExampleQuery
{
    /// <summary>Gets the rating of the six criteria; unknown criteria are left out of the comparison.</summary>
    public required Criteria Criteria { get; init; }

    /// <summary>Gets the actor's age group.</summary>
    public required AgeBand AgeBand { get; init; }

    /// <summary>Gets the setting.</summary>
    public required Setting Setting { get; init; }

    /// <summary>Gets whether the incident involves sexting; a behaviour that distributes images counts as sexting too.</summary>
    public bool InvolvesSexting { get; init; }

    /// <summary>Gets whether the behaviour shares or forwards someone else's sexual images.</summary>
    public bool DistributesImages { get; init; }

    /// <summary>Gets whether it was hands-on or hands-off; null when not known, then it is left out of the comparison.</summary>
    public Intimacy? Intimacy { get; init; }

    /// <summary>Gets whether the behaviour happened more than once.</summary>
    public bool Repeated { get; init; }

    /// <summary>Gets whether earlier serious behaviour of the actor was addressed.</summary>
    public bool PriorSeriousAddressed { get; init; }

    /// <summary>Gets whether the actor knew at the time that it crossed the line.</summary>
    public bool AwareAtTheTime { get; init; }
}
