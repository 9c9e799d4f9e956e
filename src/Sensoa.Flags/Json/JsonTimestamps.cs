using System.Globalization;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Json;

/// <summary>
/// The one format of a stored moment (a logbook entry's time, a workflow step's time): ISO 8601 with milliseconds and the
/// offset, <c>2026-03-02T09:15:00.000+01:00</c>, written and read the same way everywhere.
/// </summary>
public static class JsonTimestamps
{
    /// <summary>The format, for <see cref="DateTimeOffset.ToString(string, IFormatProvider)"/> with the invariant culture.</summary>
    public const string Format = "yyyy-MM-dd'T'HH:mm:ss.fffzzz";

    /// <summary>Writes a moment in the one format.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>For example <c>2026-03-02T09:15:00.000+01:00</c>.</returns>
    public static string Write(DateTimeOffset moment) => moment.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a moment written in the one format; another form (without milliseconds, say) is refused.</summary>
    /// <param name="text">The text.</param>
    /// <param name="moment">The moment read; the default when the text is refused.</param>
    /// <returns>Whether the text is a moment in the one format.</returns>
    public static bool TryRead(string text, out DateTimeOffset moment) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out moment);

    /// <summary>Reads a required timestamp property; the default moment, with an error at its path, when it is missing or bad.</summary>
    /// <param name="fields">The object holding the property.</param>
    /// <param name="name">The property's name.</param>
    /// <param name="errors">Where a problem goes.</param>
    /// <returns>The moment, or the default one with an error.</returns>
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
