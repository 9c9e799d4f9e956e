using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>
/// Reads the shipped directory (<c>Data/directory.json</c>) by hand over a <see cref="JsonDocument"/>, as strictly as the
/// serializer did: every property known, required ones present, each of its type. Written out because the serializer's
/// metadata for these types cost a CLI run about a fifth of its time before the first assessment (benchmarks/README.md,
/// CLI start-up); the directory is small, its shape fixed, and a mistake in it fails loudly with the property's path.
/// </summary>
internal static class DirectoryReader
{
    private static readonly string[] DocumentFields = ["version", "sources", "organisations"];

    private static readonly string[] OrganisationFields =
        ["id", "jurisdiction", "source", "name", "whatTheyDo", "contact", "why", "phone", "mail", "website", "timeZone", "hours", "situations"];

    private static readonly string[] HoursFields = ["alwaysOpen", "weekly", "note"];

    private static readonly string[] IntervalFields = ["days", "from", "to"];

    private static readonly string[] TextFields = ["en", "nl"];

    /// <summary>Reads the directory from its UTF-8 bytes (comments allowed).</summary>
    /// <exception cref="InvalidDataException">The bytes are not JSON, or a property is unknown, missing or of the wrong type; the message gives its path.</exception>
    public static DirectoryDocument Read(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The directory is not valid JSON: {ex.Message}", ex);
        }

        using (document)
        {
            var root = Object(document.RootElement, "$", DocumentFields);
            return new DirectoryDocument
            {
                Version = RequiredString(root, "version", "$"),
                Sources = OptionalString(root, "sources", "$"),
                Organisations = Array(Required(root, "organisations", "$"), "$.organisations", Organisation),
            };
        }
    }

    private static OrganisationEntry Organisation(JsonElement element, string at)
    {
        Object(element, at, OrganisationFields);
        return new OrganisationEntry
        {
            Id = RequiredString(element, "id", at),
            Jurisdiction = Enum<Jurisdiction>(Required(element, "jurisdiction", at), at + ".jurisdiction"),
            Source = RequiredString(element, "source", at),
            Name = Text(Required(element, "name", at), at + ".name"),
            WhatTheyDo = Text(Required(element, "whatTheyDo", at), at + ".whatTheyDo"),
            Contact = Text(Required(element, "contact", at), at + ".contact"),
            Why = Text(Required(element, "why", at), at + ".why"),
            Phone = OptionalString(element, "phone", at),
            Mail = OptionalString(element, "mail", at),
            Website = OptionalString(element, "website", at),
            TimeZone = RequiredString(element, "timeZone", at),
            Hours = Optional(element, "hours") is { } hours ? Hours(hours, at + ".hours") : null,
            Situations = Array(Required(element, "situations", at), at + ".situations", Enum<RoutingSituation>),
        };
    }

    private static WeeklyHours Hours(JsonElement element, string at)
    {
        Object(element, at, HoursFields);
        return new WeeklyHours
        {
            AlwaysOpen = Optional(element, "alwaysOpen") is { } open ? Boolean(open, at + ".alwaysOpen") : false,
            Weekly = Optional(element, "weekly") is { } weekly ? Array(weekly, at + ".weekly", Interval) : [],
            Note = Optional(element, "note") is { } note ? Text(note, at + ".note") : null,
        };
    }

    private static WeeklyInterval Interval(JsonElement element, string at)
    {
        Object(element, at, IntervalFields);
        var interval = new WeeklyInterval
        {
            Days = Array(Required(element, "days", at), at + ".days", Enum<DayOfWeek>),
            From = RequiredString(element, "from", at),
            To = RequiredString(element, "to", at),
        };
        if (!IsTime(interval.From) || !IsTime(interval.To))
        {
            throw Invalid(at, "gives a time that is not HH:mm");
        }

        return interval;
    }

    private static bool IsTime(string text) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static LocalizedText Text(JsonElement element, string at)
    {
        Object(element, at, TextFields);
        return new LocalizedText { En = RequiredString(element, "en", at), Nl = RequiredString(element, "nl", at) };
    }

    private static JsonElement Object(JsonElement element, string at, string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw Invalid(at, $"is {JsonFields.Describe(element.ValueKind)}, not an object");
        }

        foreach (var property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(allowed, property.Name) < 0)
            {
                throw Invalid($"{at}.{property.Name}", "is not a known property");
            }
        }

        return element;
    }

    private static JsonElement Required(JsonElement element, string name, string at) =>
        Optional(element, name) ?? throw Invalid($"{at}.{name}", "is missing");

    /// <summary>Gets the property's value, or null when it is absent or JSON null.</summary>
    private static JsonElement? Optional(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string RequiredString(JsonElement element, string name, string at) =>
        String(Required(element, name, at), $"{at}.{name}");

    private static string? OptionalString(JsonElement element, string name, string at) =>
        Optional(element, name) is { } value ? String(value, $"{at}.{name}") : null;

    private static string String(JsonElement element, string at) =>
        element.ValueKind == JsonValueKind.String
            ? element.GetString()!
            : throw Invalid(at, $"is {JsonFields.Describe(element.ValueKind)}, not a string");

    private static bool Boolean(JsonElement element, string at) => element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Invalid(at, $"is {JsonFields.Describe(element.ValueKind)}, not true or false"),
    };

    private static TEnum Enum<TEnum>(JsonElement element, string at)
        where TEnum : struct, Enum =>
        EnumNames<TEnum>.TryParse(String(element, at), out var value)
            ? value
            : throw Invalid(at, $"is not one of {EnumNames<TEnum>.Allowed}");

    private static T[] Array<T>(JsonElement element, string at, Func<JsonElement, string, T> read)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            throw Invalid(at, $"is {JsonFields.Describe(element.ValueKind)}, not an array");
        }

        var items = new T[element.GetArrayLength()];
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            items[index] = read(item, $"{at}[{index}]");
            index++;
        }

        return items;
    }

    private static InvalidDataException Invalid(string at, string what) => new($"The directory's {at} {what}.");
}
