using System.Globalization;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Json;

/// <summary>
/// The one format of a stored moment (a logbook entry's time, a workflow step's time): ISO 8601 with milliseconds and the
/// offset, <c>2026-03-02T09:15:00.000+01:00</c>, written and read the same way everywhere.
/// </summary>
internal static class JsonTimestamps
{
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    public static string Write(DateTimeOffset moment) => moment.ToString(Format, CultureInfo.InvariantCulture);

    public static bool TryRead(string text, out DateTimeOffset moment) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);

    /// <summary>Reads a required timestamp property; the default moment, with an error at its path, when it is missing or bad.</summary>
    public static DateTimeOffset Required(in JsonFields fields, string name, ErrorCollector errors)
    {
        var text = fields.RequiredString(name, 64);
        if (!fields.Has(name))
        {
            return default;
        }

        if (TryRead(text, out var moment))
        {
            return moment;
        }

        // Where the value was no string at all, its error is already there and this one is dropped (one error per path).
        errors.Add(fields.At(name), ValidationCodes.Invalid, new ErrorMessage("error.timestamp"));
        return default;
    }
}
