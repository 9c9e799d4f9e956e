namespace Sensoa.Flags;

/// <summary>An organisation to turn to for advice, with why it is listed for this incident.</summary>
public sealed record Referral
{
    /// <summary>Gets the stable id, for example <c>vlaams-meldpunt</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the phone number, or null when the source gives none.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the opening hours for people, or null when not known.</summary>
    public string? Hours { get; init; }

    /// <summary>Gets why it is listed for this incident.</summary>
    public required string Why { get; init; }
}
