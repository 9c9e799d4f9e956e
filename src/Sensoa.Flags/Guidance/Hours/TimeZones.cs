using System.Collections.Concurrent;

namespace Sensoa.Flags.Guidance.Hours;

/// <summary>Finds IANA time zones (Europe/Brussels, Europe/Amsterdam) once; a system without the zone gets null, not an exception.</summary>
internal static class TimeZones
{
    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.Ordinal);

    public static TimeZoneInfo? Find(string id) => Cache.GetOrAdd(id, static id =>
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or System.Security.SecurityException)
        {
            return null;
        }
    });
}
