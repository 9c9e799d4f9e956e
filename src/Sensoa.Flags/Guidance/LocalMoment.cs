using System.Globalization;
using System.Text.RegularExpressions;
using Sensoa.Flags.Guidance.Hours;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// Reads a moment as people and programs write it for "open now": ISO 8601, <c>2026-11-27T15:59</c> with seconds and
/// fractions optional, and an offset or <c>Z</c>. Without an offset it is wall-clock time in Brussels, which is also
/// Amsterdam time: where the library's referrals are. The command line's <c>--at</c> and the HTTP API's <c>at</c> both
/// read it here, so they accept the same forms and refuse the same with the same message.
/// </summary>
public static partial class LocalMoment
{
    /// <summary>The earliest year accepted; earlier moments are typing mistakes, not incidents.</summary>
    public const int MinYear = 1900;

    /// <summary>The latest year accepted.</summary>
    public const int MaxYear = 2200;

    /// <summary>Reads <paramref name="text"/>; on failure says why in <paramref name="problem"/> (which never repeats the text).</summary>
    /// <param name="text">The moment, e.g. <c>2026-11-27T15:59</c>, <c>2026-11-27T15:59:00+01:00</c> or <c>2026-11-27T14:59Z</c>.</param>
    /// <param name="moment">The moment read, with the offset given or the Brussels offset of that date.</param>
    /// <param name="problem">Why the text is not a moment, or null.</param>
    /// <returns>Whether the text is a moment.</returns>
    public static bool TryParse(string? text, out DateTimeOffset moment, out string? problem)
    {
        moment = default;
        var match = IsoDateTime().Match(text ?? string.Empty);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["local"].Value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            problem = "not an ISO 8601 date-time; expected e.g. 2026-11-27T15:59 (Brussels time) or 2026-11-27T15:59+01:00";
            return false;
        }

        if (local.Year is < MinYear or > MaxYear)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"out of range; expected a year from {MinYear} to {MaxYear}");
            return false;
        }

        var offset = match.Groups["offset"].Value;
        if (offset.Length > 0)
        {
            var span = offset == "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(offset[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (offset[0] == '-' ? -1 : 1);
            if (span.Duration() > TimeSpan.FromHours(14))
            {
                problem = "the offset is out of range (at most 14 hours)";
                return false;
            }

            moment = new DateTimeOffset(local, span);
            problem = null;
            return true;
        }

        if (TimeZones.Find("Europe/Brussels") is not { } zone)
        {
            problem = "this system has no Europe/Brussels time zone; give an offset, e.g. +01:00";
            return false;
        }

        if (zone.IsInvalidTime(local))
        {
            problem = "that time does not exist in Brussels (the clocks go forward then); give an offset";
            return false;
        }

        // An hour that occurs twice (clocks go back) is taken the first time, in summer time.
        moment = new DateTimeOffset(local, zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local));
        problem = null;
        return true;
    }

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<offset>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();
}
