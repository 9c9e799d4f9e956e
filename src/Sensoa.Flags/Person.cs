namespace Sensoa.Flags;

/// <summary>A person involved in an incident. Only what the rules need: no name.</summary>
public sealed record Person
{
    /// <summary>Gets the id, unique among the incident's people.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the age in years at the time of the behaviour (1.5 is fine).</summary>
    public required double AgeYears { get; init; }

    /// <summary>Gets whether the person has a disability.</summary>
    public bool HasDisability { get; init; }

    /// <summary>Gets whether the person functions at a low level.</summary>
    public bool LowFunctioning { get; init; }

    /// <summary>The age of majority, in years: the one place where the library draws the line between a minor and an adult.</summary>
    public const double AgeOfMajority = 18;

    /// <summary>Gets whether the person was under 18 at the time of the behaviour.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsMinor => AgeYears < AgeOfMajority;
}
