namespace Sensoa.Flags;

/// <summary>One behaviour of one person in one situation: what a flag is given to.</summary>
public sealed record Behaviour
{
    /// <summary>Gets the id, unique among the incident's behaviours.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the id of the person whose behaviour it is.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the ids of the people affected by it (may be empty).</summary>
    public IReadOnlyList<string> AffectedIds { get; init; } = [];

    /// <summary>Gets an optional free-text description; never used by the rules and never echoed in errors.</summary>
    public string? Description { get; init; }

    /// <summary>Gets the rating of each of the six criteria.</summary>
    public required Criteria Criteria { get; init; }

    /// <summary>Gets whether the behaviour was hands-on or hands-off, when known.</summary>
    public Intimacy? Intimacy { get; init; }

    /// <summary>Gets who the actor is to the people affected, when known; when absent the library takes the safer reading.</summary>
    public Relation? Relation { get; init; }

    /// <summary>Gets whether the behaviour happened more than once ("herhaald"); no earlier correction is needed. JSON: <c>repeated</c>, or the version-2 name <c>repeatedAfterCorrection</c>.</summary>
    public bool Repeated { get; init; }

    /// <summary>Gets whether an earlier red or black behaviour of the actor was addressed appropriately.</summary>
    public bool PriorSeriousAddressed { get; init; }

    /// <summary>Gets whether the actor should have been aware at the time of the boundary and its consequences: a factor to weigh, never a raise by itself.</summary>
    public bool AwareAtTheTime { get; init; }

    /// <summary>Gets whether this behaviour shares or forwards someone else's sexual images; such a behaviour is never green.</summary>
    public bool DistributesImages { get; init; }

    /// <summary>Gets optional short strings that an organisation's own rules may match (at most <see cref="Limits.MaxLabels"/>).</summary>
    public IReadOnlyList<string> Labels { get; init; } = [];

    /// <summary>Gets the professional's final flag with its basis and reason, when given.</summary>
    public OverrideRequest? Override { get; init; }
}
