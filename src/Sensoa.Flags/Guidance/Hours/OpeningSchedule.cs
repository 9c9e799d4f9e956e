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
        for (var day = DayOfWeek.Sunday; day <= DayOfWeek.Saturday; day++)
        {
            byDay[(int)day] = Merge(hours.Weekly, day);
        }
    }

    public bool AlwaysOpen { get; }

    /// <summary>Gets the merged intervals of one weekday, in order.</summary>
    public ReadOnlySpan<(TimeOnly Start, TimeOnly End)> On(DayOfWeek day) => byDay[(int)day];

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

    /// <summary>Gets the day's intervals by start, overlapping or touching ones merged.</summary>
    /// <remarks>
    /// Plain loops over a few intervals: LINQ and lists over these value tuples had a command-line run compile some fifty
    /// framework methods (benchmarks/README.md, CLI start-up).
    /// </remarks>
    private static (TimeOnly Start, TimeOnly End)[] Merge(IReadOnlyList<WeeklyInterval> weekly, DayOfWeek day)
    {
        var sorted = new (TimeOnly Start, TimeOnly End)[weekly.Count];
        var count = 0;
        foreach (var interval in weekly)
        {
            if (!IsOn(interval, day))
            {
                continue;
            }

            // Insertion by start; an interval starting with an earlier one stays after it, as the file has them.
            var at = count++;
            var start = interval.Start;
            for (; at > 0 && sorted[at - 1].Start > start; at--)
            {
                sorted[at] = sorted[at - 1];
            }

            sorted[at] = (start, interval.End);
        }

        var merged = 0;
        for (var i = 0; i < count; i++)
        {
            var (start, end) = sorted[i];
            if (merged > 0 && start <= sorted[merged - 1].End)
            {
                sorted[merged - 1].End = end > sorted[merged - 1].End ? end : sorted[merged - 1].End;
            }
            else
            {
                sorted[merged++] = (start, end);
            }
        }

        var result = new (TimeOnly Start, TimeOnly End)[merged];
        for (var i = 0; i < merged; i++)
        {
            result[i] = sorted[i];
        }

        return result;
    }

    private static bool IsOn(WeeklyInterval interval, DayOfWeek day)
    {
        for (var i = 0; i < interval.Days.Count; i++)
        {
            if (interval.Days[i] == day)
            {
                return true;
            }
        }

        return false;
    }
}
