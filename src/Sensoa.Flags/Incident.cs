namespace Sensoa.Flags;

/// <summary>One incident: the people involved and each behaviour to be flagged, as in the JSON contract.</summary>
public sealed record Incident
{
    /// <summary>Gets where the incident is handled; it decides the referral route.</summary>
    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>Gets the setting in which the behaviour took place.</summary>
    public required Setting Setting { get; init; }

    /// <summary>Gets how many years ago the behaviour took place (0 for now).</summary>
    public double OccurredYearsAgo { get; init; }

    /// <summary>Gets whether the incident involves sexting (images or messages); a behaviour that distributes images makes it count as sexting for routing too.</summary>
    public bool InvolvesSexting { get; init; }

    /// <summary>Gets the people involved, each with a unique id.</summary>
    public required IReadOnlyList<Person> People { get; init; }

    /// <summary>Gets the behaviours to flag, each of one actor.</summary>
    public required IReadOnlyList<Behaviour> Behaviours { get; init; }

    /// <summary>Gets earlier behaviours of the incident's people from the case file (at most <see cref="Limits.MaxHistoryEntries"/>; may be empty).</summary>
    public IReadOnlyList<HistoryEntry> History { get; init; } = [];
}
