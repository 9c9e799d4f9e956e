using System.Text.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Json;

/// <summary>
/// Reads an incident from JSON by walking the document, so that every structural problem
/// (wrong type, unknown or duplicate property, missing value, unknown enum name) is reported with its path,
/// not only the first one as a serializer would. Where a value is bad, a placeholder keeps the walk going;
/// the caller must not use the incident when errors were collected. The parsing and the checks of every value are the
/// shared <see cref="JsonInput"/> and <see cref="JsonFields"/>, which the procedure files are read with too.
/// </summary>
internal static class IncidentReader
{
    private static readonly JsonFieldSet IncidentFields =
        new(["jurisdiction", "setting", "occurredYearsAgo", "involvesSexting", "people", "behaviours", "history"]);

    private static readonly JsonFieldSet PersonFields = new(["id", "ageYears", "hasDisability", "lowFunctioning"]);

    private static readonly JsonFieldSet BehaviourFields = new(
    [
        "id", "actorId", "affectedIds", "description", "criteria", "intimacy", "relation",
        "repeated", "repeatedAfterCorrection", "priorSeriousAddressed", "awareAtTheTime", "distributesImages", "labels", "override",
    ]);

    private static readonly JsonFieldSet CriteriaFields =
        new(["consent", "voluntariness", "equality", "development", "context", "impact"]);

    private static readonly JsonFieldSet OverrideFields = new(["flag", "basis", "reason"]);

    private static readonly JsonFieldSet HistoryFields = new(["id", "personId", "occurredOn", "flag", "addressed", "labels"]);

    public static Incident? Read(ReadOnlySpan<byte> utf8, ErrorCollector errors) =>
        JsonInput.Read(utf8, errors, static (root, errors) =>
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(JsonPaths.Root, ValidationCodes.WrongType, $"expected an object (one incident), found {JsonFields.Describe(root.ValueKind)}");
                return null;
            }

            return ReadIncident(root, errors);
        });

    /// <summary>Reads the incident; null when the people could not be read, since every id check depends on them.</summary>
    private static Incident? ReadIncident(JsonElement element, ErrorCollector errors)
    {
        var fields = new JsonFields(element, JsonPaths.Root, IncidentFields, errors);
        var jurisdiction = fields.RequiredEnum<Jurisdiction>("jurisdiction");
        var setting = fields.RequiredEnum<Setting>("setting");
        var occurredYearsAgo = fields.OptionalNumber("occurredYearsAgo");
        var involvesSexting = fields.OptionalBool("involvesSexting");
        var people = fields.RequiredArray("people", Limits.MaxPeople, ReadPerson);
        var behaviours = fields.RequiredArray("behaviours", Limits.MaxBehaviours, ReadBehaviour);
        var history = fields.OptionalArray("history", Limits.MaxHistoryEntries, ReadHistoryEntry);
        if (people is null || behaviours is null)
        {
            return null;
        }

        return new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            OccurredYearsAgo = occurredYearsAgo,
            InvolvesSexting = involvesSexting,
            People = people,
            Behaviours = behaviours,
            History = history,
        };
    }

    private static Person ReadPerson(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, PersonFields, errors);
        return new Person
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            AgeYears = fields.RequiredNumber("ageYears"),
            HasDisability = fields.OptionalBool("hasDisability"),
            LowFunctioning = fields.OptionalBool("lowFunctioning"),
        };
    }

    private static Behaviour ReadBehaviour(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, BehaviourFields, errors);
        return new Behaviour
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            ActorId = fields.RequiredString("actorId", Limits.MaxIdLength),
            AffectedIds = fields.OptionalArray("affectedIds", Limits.MaxPeople, ReadId),
            Description = fields.OptionalString("description", Limits.MaxDescriptionLength),
            Criteria = fields.RequiredObject("criteria", ReadCriteria) ?? Criteria.AllAt(CriterionRating.Unknown),
            Intimacy = fields.OptionalEnum<Intimacy>("intimacy"),
            Relation = fields.OptionalEnum<Relation>("relation"),
            Repeated = ReadRepeated(fields),
            PriorSeriousAddressed = fields.OptionalBool("priorSeriousAddressed"),
            AwareAtTheTime = fields.OptionalBool("awareAtTheTime"),
            DistributesImages = fields.OptionalBool("distributesImages"),
            Labels = fields.OptionalArray("labels", Limits.MaxLabels, ReadLabel),
            Override = fields.OptionalObject("override", ReadOverride),
        };
    }

    /// <summary>
    /// Reads <c>repeated</c>, or its version-2 name <c>repeatedAfterCorrection</c> (which now means the same), so that a
    /// stored incident keeps its outcome. Both may be given only when they agree; otherwise each is an error naming the other.
    /// </summary>
    private static bool ReadRepeated(in JsonFields fields)
    {
        var repeated = fields.OptionalNullableBool("repeated");
        var old = fields.OptionalNullableBool("repeatedAfterCorrection");
        if (repeated is { } given && old is { } stored && given != stored)
        {
            var at = fields.At("repeated");
            var oldAt = fields.At("repeatedAfterCorrection");
            fields.Errors.Add(at, ValidationCodes.Invalid, $"disagrees with {oldAt}: that older name means the same as repeated; give one, or the same value in both");
            fields.Errors.Add(oldAt, ValidationCodes.Invalid, $"disagrees with {at}: this older name means the same as repeated; give one, or the same value in both");
        }

        return repeated ?? old ?? false;
    }

    private static HistoryEntry ReadHistoryEntry(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, HistoryFields, errors);
        return new HistoryEntry
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            PersonId = fields.RequiredString("personId", Limits.MaxIdLength),
            OccurredOn = fields.RequiredDate("occurredOn"),
            Flag = fields.RequiredEnum<Flag>("flag"),
            Addressed = fields.OptionalBool("addressed"),
            Labels = fields.OptionalArray("labels", Limits.MaxLabels, ReadLabel),
        };
    }

    private static string ReadId(JsonElement element, string path, ErrorCollector errors)
    {
        return JsonFields.StringValue(element, path, Limits.MaxIdLength, errors) ?? string.Empty;
    }

    private static string ReadLabel(JsonElement element, string path, ErrorCollector errors) =>
        JsonFields.StringValue(element, path, Limits.MaxLabelLength, errors) ?? string.Empty;

    private static Criteria ReadCriteria(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, CriteriaFields, errors);
        return new Criteria
        {
            Consent = fields.RequiredEnum<CriterionRating>("consent"),
            Voluntariness = fields.RequiredEnum<CriterionRating>("voluntariness"),
            Equality = fields.RequiredEnum<CriterionRating>("equality"),
            Development = fields.RequiredEnum<CriterionRating>("development"),
            Context = fields.RequiredEnum<CriterionRating>("context"),
            Impact = fields.RequiredEnum<CriterionRating>("impact"),
        };
    }

    private static OverrideRequest ReadOverride(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, OverrideFields, errors);
        return new OverrideRequest
        {
            Flag = fields.RequiredEnum<Flag>("flag"),
            Basis = fields.RequiredEnum<OverrideBasis>("basis"),
            Reason = fields.RequiredString("reason", Limits.MaxReasonLength),
        };
    }
}
