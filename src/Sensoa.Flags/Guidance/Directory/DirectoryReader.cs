using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>
/// Reads the shipped directory (<c>Data/directory.json</c>) with the library's own JSON reading toolkit (the one every
/// input goes through), as strictly as the serializer did: every property known, required ones present, each of its
/// type. Not System.Text.Json's metadata: that cost a CLI run about a fifth of its time before the first assessment
/// (benchmarks/README.md, CLI start-up). A mistake in the file fails loudly with every error's path. The file holds no
/// text: an organisation's texts are in the library's table under its jurisdiction and id (<see cref="LocalizedText.Organisation"/>),
/// and <c>hours.note</c> says whether its hours have a remark.
/// </summary>
internal static class DirectoryReader
{
    // Shipped texts are checked against the longest free text an input may hold.
    private const int MaxText = Limits.MaxDescriptionLength;

    private const int MaxItems = 100;

    private static readonly JsonFieldSet DocumentFields = new(["version", "sources", "organisations"]);

    private static readonly JsonFieldSet OrganisationFields = new(
        ["id", "jurisdiction", "source", "phone", "mail", "website", "timeZone", "hours", "situations"]);

    private static readonly JsonFieldSet HoursFields = new(["alwaysOpen", "weekly", "note"]);

    private static readonly JsonFieldSet IntervalFields = new(["days", "from", "to"]);

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
        var id = fields.RequiredString("id", Limits.MaxIdLength);
        var jurisdiction = fields.RequiredEnum<Jurisdiction>("jurisdiction");
        return new OrganisationEntry
        {
            Id = id,
            Jurisdiction = jurisdiction,
            Source = fields.RequiredString("source", MaxText),
            Name = LocalizedText.Organisation(jurisdiction, id, "name"),
            WhatTheyDo = LocalizedText.Organisation(jurisdiction, id, "whatTheyDo"),
            Contact = LocalizedText.Organisation(jurisdiction, id, "contact"),
            Why = LocalizedText.Organisation(jurisdiction, id, "why"),
            Phone = fields.OptionalString("phone", Limits.MaxIdLength),
            Mail = fields.OptionalString("mail", MaxText),
            Website = fields.OptionalString("website", MaxText),
            TimeZone = fields.RequiredString("timeZone", Limits.MaxIdLength),
            Hours = fields.OptionalObject("hours", (hours, at, found) => ReadHours(hours, at, found, jurisdiction, id)),
            Situations = fields.RequiredArray("situations", MaxItems, ReadSituation) ?? [],
        };
    }

    private static WeeklyHours ReadHours(JsonElement element, string path, ErrorCollector errors, Jurisdiction jurisdiction, string id)
    {
        var fields = new JsonFields(element, path, HoursFields, errors);
        return new WeeklyHours
        {
            AlwaysOpen = fields.OptionalBool("alwaysOpen"),
            Weekly = fields.OptionalArray("weekly", MaxItems, ReadInterval),
            Note = fields.OptionalBool("note") ? LocalizedText.Organisation(jurisdiction, id, "hours.note") : null,
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

    private static RoutingSituation ReadSituation(JsonElement element, string path, ErrorCollector errors) =>
        JsonFields.EnumValue<RoutingSituation>(element, path, errors) ?? default;

    private static DayOfWeek ReadDay(JsonElement element, string path, ErrorCollector errors) =>
        JsonFields.EnumValue<DayOfWeek>(element, path, errors) ?? default;
}
