namespace Sensoa.Flags.Guidance;

/// <summary>
/// A short situation written for the library, with its criteria and the flag the Sensoa rules give it. It is the
/// library's own example, not one of Sensoa's worked examples: <see cref="Source"/> and <see cref="Attribution"/> say so
/// wherever it is shown.
/// </summary>
public sealed record WorkedExample
{
    /// <summary>Gets the stable id, for example <c>teen-forwards-nude</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the age group of the actor.</summary>
    public required AgeBand AgeBand { get; init; }

    /// <summary>Gets the actor's age at the time.</summary>
    public required double ActorAgeYears { get; init; }

    /// <summary>Gets the age of the person affected, or null when nobody else is involved.</summary>
    public double? AffectedAgeYears { get; init; }

    /// <summary>Gets the setting.</summary>
    public required Setting Setting { get; init; }

    /// <summary>Gets what happened, in the chosen language.</summary>
    public required string Description { get; init; }

    /// <summary>Gets the rating of the six criteria.</summary>
    public required Criteria Criteria { get; init; }

    /// <summary>Gets whether it was hands-on (touching) or hands-off; null when neither applies, such as touching oneself.</summary>
    public Intimacy? Intimacy { get; init; }

    /// <summary>Gets whether the behaviour shares or forwards someone else's sexual images.</summary>
    public bool DistributesImages { get; init; }

    /// <summary>Gets whether the behaviour happened more than once.</summary>
    public bool Repeated { get; init; }

    /// <summary>Gets whether earlier serious behaviour of the actor was addressed.</summary>
    public bool PriorSeriousAddressed { get; init; }

    /// <summary>Gets whether the actor knew at the time that it crossed the line.</summary>
    public bool AwareAtTheTime { get; init; }

    /// <summary>Gets whether it involves sexting.</summary>
    public bool InvolvesSexting { get; init; }

    /// <summary>Gets whether the actor has a disability.</summary>
    public bool ActorHasDisability { get; init; }

    /// <summary>Gets whether the actor functions at a low level.</summary>
    public bool ActorLowFunctioning { get; init; }

    /// <summary>Gets the flag the Sensoa rules give this behaviour.</summary>
    public required Flag ExpectedFlag { get; init; }

    /// <summary>Gets where the example comes from: always the library, which wrote it; it is not one of Sensoa's worked examples.</summary>
    public required Provenance Source { get; init; }

    /// <summary>Gets the same in the chosen language, to print beside the example.</summary>
    public required string Attribution { get; init; }

    /// <summary>Builds the example as a one-behaviour incident in Flanders (<c>p1</c> the actor, <c>p2</c> the person affected), to assess it.</summary>
    /// <returns>The incident.</returns>
    public Incident ToIncident()
    {
        Person actor = new() { Id = "p1", AgeYears = ActorAgeYears, HasDisability = ActorHasDisability, LowFunctioning = ActorLowFunctioning };
        Person[] people = AffectedAgeYears is { } age ? [actor, new Person { Id = "p2", AgeYears = age }] : [actor];
        return new Incident
        {
            Jurisdiction = Jurisdiction.Flanders,
            Setting = Setting,
            InvolvesSexting = InvolvesSexting,
            People = people,
            Behaviours =
            [
                new Behaviour
                {
                    Id = "b1",
                    ActorId = "p1",
                    AffectedIds = people.Length > 1 ? ["p2"] : [],
                    Criteria = Criteria,
                    Intimacy = Intimacy,
                    DistributesImages = DistributesImages,
                    Repeated = Repeated,
                    PriorSeriousAddressed = PriorSeriousAddressed,
                    AwareAtTheTime = AwareAtTheTime,
                },
            ],
        };
    }
}
