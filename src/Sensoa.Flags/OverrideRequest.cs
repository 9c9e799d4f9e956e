namespace Sensoa.Flags;

/// <summary>The professional's final flag for a behaviour, with the basis and reason that the library checks against the known pitfalls.</summary>
public sealed record OverrideRequest
{
    /// <summary>Gets the final flag the professional wants to record.</summary>
    public required Flag Flag { get; init; }

    /// <summary>Gets the ground for it.</summary>
    public required OverrideBasis Basis { get; init; }

    /// <summary>Gets the professional's reason in their own words (required; never echoed in errors).</summary>
    public required string Reason { get; init; }
}
