using System.Globalization;
using System.Text;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Hours;

/// <summary>
/// Writes opening hours for people from the structured data, so that the text and the "open now" check can never
/// disagree: consecutive weekdays with the same hours form one group ("Mon–Thu 09:00–17:00; Fri 09:00–16:00").
/// </summary>
internal static class HoursFormatter
{
    private static readonly DayOfWeek[] Week =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
        DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    public static string? Format(WeeklyHours? hours, CultureInfo culture)
    {
        if (hours is null)
        {
            return null;
        }

        var schedule = new OpeningSchedule(hours);
        var text = hours.AlwaysOpen ? Texts.Get("hours.alwaysOpen", culture) : Weekly(schedule, culture);
        return hours.Note is { } note ? Texts.Format("hours.note", culture, text, note.In(culture)) : text;
    }

    private static string Weekly(OpeningSchedule schedule, CultureInfo culture)
    {
        var groups = new List<string>();
        var i = 0;
        while (i < Week.Length)
        {
            var times = Times(schedule, Week[i]);
            var j = i;
            while (j + 1 < Week.Length && Times(schedule, Week[j + 1]) == times)
            {
                j++;
            }

            if (times.Length > 0)
            {
                var days = i == j
                    ? Texts.DayShort(Week[i], culture)
                    : Texts.Format("hours.range", culture, Texts.DayShort(Week[i], culture), Texts.DayShort(Week[j], culture));
                groups.Add(days + " " + times);
            }

            i = j + 1;
        }

        return string.Join(Texts.Get("hours.groupSeparator", culture), groups);
    }

    private static string Times(OpeningSchedule schedule, DayOfWeek day)
    {
        var text = new StringBuilder();
        foreach (var (start, end) in schedule.On(day))
        {
            if (text.Length > 0)
            {
                text.Append(", ");
            }

            text.Append(start.ToString("HH:mm", CultureInfo.InvariantCulture)).Append('–').Append(end.ToString("HH:mm", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }
}
