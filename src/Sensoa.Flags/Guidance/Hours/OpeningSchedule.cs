using Sensoa.Flags.Guidance.Directory;

namespace Sensoa.Flags.Guidance.Hours;

/// <summary>
/// Weekly opening hours, merged per day (Monday 09:00–17:00 and 17:00–20:00 is one stretch until 20:00), evaluated in
/// the organisation's own time zone so that daylight saving moves the opening with the wall clock.
/// </summary>
internal sealed class OpeningSchedule
{
    private readonly (TimeOnly Start, TimeOnly End)[][] byDay = new (TimeOnly, TimeOnly)[7][];

    public OpeningSchedule(WeeklyHours hours)
    {
        AlwaysOpen = hours.AlwaysOpen;
        foreach (var day in Enum.GetValues<DayOfWeek>())
        {
            byDay[(int)day] = Merge(hours.Weekly.Where(i => i.Days.Contains(day)).Select(i => (i.Start, i.End)));
        }
    }

    public bool AlwaysOpen { get; }

    /// <summary>Gets the merged intervals of one weekday, in order.</summary>
    public IReadOnlyList<(TimeOnly Start, TimeOnly End)> On(DayOfWeek day) => byDay[(int)day];

    /// <summary>Says whether it is open at <paramref name="now"/>; a day for which <paramref name="closedOn"/> is true (a public holiday) has no opening hours.</summary>
    public OpeningState At(DateTimeOffset now, TimeZoneInfo zone, Func<DateOnly, bool>? closedOn = null)
    {
        if (AlwaysOpen)
        {
            return OpeningState.AlwaysOpen;
        }

        var local = TimeZoneInfo.ConvertTime(now, zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var today = closedOn?.Invoke(date) == true ? [] : byDay[(int)date.DayOfWeek];
        foreach (var (start, end) in today)
        {
            if (start <= time && time < end)
            {
                return new OpeningState(Availability.Open, null, ToInstant(date, end, zone));
            }
        }

        // Three weeks covers a week of holidays in a row (Christmas, then New Year) with room to spare.
        for (var offset = 0; offset <= 21; offset++)
        {
            var day = date.AddDays(offset);
            if (closedOn?.Invoke(day) == true)
            {
                continue;
            }

            foreach (var (start, _) in byDay[(int)day.DayOfWeek])
            {
                if (offset > 0 || start > time)
                {
                    return new OpeningState(Availability.Closed, ToInstant(day, start, zone), null);
                }
            }
        }

        // No weekly interval at all: nothing to say.
        return OpeningState.Unknown;
    }

    /// <summary>The instant of a local wall-clock time; a time in a spring-forward gap moves past the gap, an ambiguous one takes the earlier instant.</summary>
    private static DateTimeOffset ToInstant(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    private static (TimeOnly Start, TimeOnly End)[] Merge(IEnumerable<(TimeOnly Start, TimeOnly End)> intervals)
    {
        var merged = new List<(TimeOnly Start, TimeOnly End)>();
        foreach (var (start, end) in intervals.OrderBy(i => i.Start))
        {
            if (merged.Count > 0 && start <= merged[^1].End)
            {
                merged[^1] = (merged[^1].Start, end > merged[^1].End ? end : merged[^1].End);
            }
            else
            {
                merged.Add((start, end));
            }
        }

        return [.. merged];
    }
}
