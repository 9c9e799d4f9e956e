namespace Sensoa.Flags;

/// <summary>What became of the professional's override.</summary>
public sealed record OverrideOutcome
{
    /// <summary>Gets the flag the professional asked for.</summary>
    public required Flag Flag { get; init; }

    /// <summary>Gets the ground the professional gave.</summary>
    public required OverrideBasis Basis { get; init; }

    /// <summary>Gets whether the override was accepted as the final flag.</summary>
    public required bool Accepted { get; init; }

    /// <summary>Gets why it was refused, naming the pitfall; null when accepted.</summary>
    public required string? Refusal { get; init; }

    /// <summary>
    /// Gets a warning on an accepted override that raises the flag by two levels or more (pitfall "Dat kan toch niet!":
    /// the source advises against it without forbidding it); null otherwise.
    /// </summary>
    public string? Warning { get; init; }
}
