using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>
/// Reads the shipped directory (<c>Data/directory.json</c>) with the library's own JSON reading toolkit (the one every
/// input goes through), as strictly as the serializer did: every property known, required ones present, each of its
/// type. Not System.Text.Json's metadata: that cost a CLI run about a fifth of its time before the first assessment
/// (benchmarks/README.md, CLI start-up). A mistake in the file fails loudly with every error's path.
/// </summary>
internal static class DirectoryReader
{
    // Shipped texts are checked against the longest free text an input may hold.
    private const int MaxText = Limits.MaxDescriptionLength;

    private const int MaxItems = 100;

    // Stands in for a text that is missing or not an object; its error is already collected and the read fails.
    private static readonly LocalizedText Placeholder = new(Languages.Supported.ToDictionary(code => code, _ => string.Empty));

    private static readonly JsonFieldSet DocumentFields = new(["version", "sources", "organisations"]);

    private static readonly JsonFieldSet OrganisationFields = new(
        ["id", "jurisdiction", "source", "name", "whatTheyDo", "contact", "why", "phone", "mail", "website", "timeZone", "hours", "situations"]);

    private static readonly JsonFieldSet HoursFields = new(["alwaysOpen", "weekly", "note"]);

    private static readonly JsonFieldSet IntervalFields = new(["days", "from", "to"]);

    private static readonly JsonFieldSet TextFields = new(Languages.Supported);

    /// <summary>Reads the directory from its UTF-8 bytes.</summary>
    /// <exception cref="InvalidDataException">The bytes are not a JSON document, or properties are unknown, missing or of the wrong type; the message gives each error with its path.</exception>
    public static DirectoryDocument Read(ReadOnlyMemory<byte> utf8)
    {
        var errors = new ErrorCollector();
        var document = JsonInput.Read(utf8.Span, errors, ReadDocument);
        if (document is null || errors.HasErrors)
        {
            throw new InvalidDataException(string.Join("; ", errors.ToList()));
        }

        return document;
    }

    private static DirectoryDocument ReadDocument(JsonElement element, ErrorCollector errors)
    {
        var fields = new JsonFields(element, JsonPaths.Root, DocumentFields, errors);
        return new DirectoryDocument
        {
            Version = fields.RequiredString("version", Limits.MaxIdLength),
            Sources = fields.OptionalString("sources", MaxText),
            Organisations = fields.RequiredArray("organisations", MaxItems, ReadOrganisation) ?? [],
        };
    }

    private static OrganisationEntry ReadOrganisation(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, OrganisationFields, errors);
        return new OrganisationEntry
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            Jurisdiction = fields.RequiredEnum<Jurisdiction>("jurisdiction"),
            Source = fields.RequiredString("source", MaxText),
            Name = fields.RequiredObject("name", ReadText) ?? Placeholder,
            WhatTheyDo = fields.RequiredObject("whatTheyDo", ReadText) ?? Placeholder,
            Contact = fields.RequiredObject("contact", ReadText) ?? Placeholder,
            Why = fields.RequiredObject("why", ReadText) ?? Placeholder,
            Phone = fields.OptionalString("phone", Limits.MaxIdLength),
            Mail = fields.OptionalString("mail", MaxText),
            Website = fields.OptionalString("website", MaxText),
            TimeZone = fields.RequiredString("timeZone", Limits.MaxIdLength),
            Hours = fields.OptionalObject("hours", ReadHours),
            Situations = fields.RequiredArray("situations", MaxItems, ReadSituation) ?? [],
        };
    }

    private static WeeklyHours ReadHours(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, HoursFields, errors);
        return new WeeklyHours
        {
            AlwaysOpen = fields.OptionalBool("alwaysOpen"),
            Weekly = fields.OptionalArray("weekly", MaxItems, ReadInterval),
            Note = fields.OptionalObject("note", ReadText),
        };
    }

    private static WeeklyInterval ReadInterval(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, IntervalFields, errors);
        var interval = new WeeklyInterval
        {
            Days = fields.RequiredArray("days", 7, ReadDay) ?? [],
            From = fields.RequiredString("from", Limits.MaxIdLength),
            To = fields.RequiredString("to", Limits.MaxIdLength),
        };
        CheckTime(interval.From, fields.At("from"), errors);
        CheckTime(interval.To, fields.At("to"), errors);
        return interval;
    }

    private static void CheckTime(string time, string path, ErrorCollector errors)
    {
        if (!TimeOnly.TryParseExact(time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            errors.Add(path, ValidationCodes.Invalid, "expected a time as HH:mm");
        }
    }

    private static LocalizedText ReadText(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, TextFields, errors);
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var code in Languages.Supported)
        {
            versions[code] = fields.RequiredString(code, MaxText);
        }

        return new LocalizedText(versions);
    }

    private static RoutingSituation ReadSituation(JsonElement element, string path, ErrorCollector errors) =>
        JsonFields.EnumValue<RoutingSituation>(element, path, errors) ?? default;

    private static DayOfWeek ReadDay(JsonElement element, string path, ErrorCollector errors) =>
        JsonFields.EnumValue<DayOfWeek>(element, path, errors) ?? default;
}
