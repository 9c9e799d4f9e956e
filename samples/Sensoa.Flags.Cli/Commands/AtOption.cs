using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>--at &lt;ISO date-time&gt;</c>: the moment for "open now". With an offset or <c>Z</c> it is that instant; without
/// one it is wall-clock time in Brussels (Brussels and Amsterdam keep the same time). Without the option there is no clock
/// and the output has no open-now fields.
/// </summary>
internal static partial class AtOption
{
    private const string LocalZone = "Europe/Brussels";

    public static Option<DateTimeOffset?> Create() => new("--at")
    {
        Description = "The moment for 'open now', ISO 8601, e.g. 2026-11-27T15:59+01:00 (no offset: Brussels time).",
        CustomParser = Parse,
    };

    public static TimeProvider? Clock(DateTimeOffset? moment) => moment is { } value ? new FixedTimeProvider(value) : null;

    private static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        var match = IsoDateTime().Match(text);
        if (!match.Success
            || !DateTime.TryParseExact(match.Groups["local"].Value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            result.AddError("--at: not an ISO 8601 date-time; expected e.g. 2026-11-27T15:59 or 2026-11-27T15:59+01:00");
            return null;
        }

        var offset = match.Groups["offset"].Value;
        if (offset.Length > 0)
        {
            var span = offset == "Z" ? TimeSpan.Zero : TimeSpan.ParseExact(offset[1..], @"hh\:mm", CultureInfo.InvariantCulture) * (offset[0] == '-' ? -1 : 1);
            if (span.Duration() > TimeSpan.FromHours(14))
            {
                result.AddError("--at: the offset is out of range (at most 14 hours)");
                return null;
            }

            return new DateTimeOffset(local, span);
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(LocalZone);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            result.AddError("--at: this system has no Europe/Brussels time zone; give an offset, e.g. +01:00");
            return null;
        }

        if (zone.IsInvalidTime(local))
        {
            result.AddError("--at: that time does not exist in Brussels (the clocks go forward then); give an offset");
            return null;
        }

        // An hour that occurs twice (clocks go back) is taken the first time, in summer time.
        var utcOffset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, utcOffset);
    }

    [GeneratedRegex(@"^(?<local>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)(?<offset>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDateTime();
}
