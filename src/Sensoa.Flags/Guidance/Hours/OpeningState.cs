namespace Sensoa.Flags.Guidance.Hours;

/// <summary>Whether an organisation is open at one moment, and when that changes.</summary>
/// <param name="Availability">Open, closed or unknown.</param>
/// <param name="OpensAt">When closed: the next opening, in the organisation's time zone; null when open or unknown.</param>
/// <param name="ClosesAt">When open and not 24/7: when it closes; null otherwise.</param>
internal readonly record struct OpeningState(Availability Availability, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt)
{
    public static OpeningState Unknown { get; } = new(Availability.Unknown, null, null);

    public static OpeningState AlwaysOpen { get; } = new(Availability.Open, null, null);
}
