namespace Sensoa.Flags.Guidance.Directory;

/// <summary>Open from <see cref="From"/> to <see cref="To"/> (local time, <c>HH:mm</c>, end excluded) on each of <see cref="Days"/>.</summary>
internal sealed record WeeklyInterval
{
    public required IReadOnlyList<DayOfWeek> Days { get; init; }

    public required string From { get; init; }

    public required string To { get; init; }

    public TimeOnly Start => TimeOnly.ParseExact(From, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    public TimeOnly End => TimeOnly.ParseExact(To, "HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
