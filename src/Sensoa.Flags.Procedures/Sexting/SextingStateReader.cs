using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Procedures.Json;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Reads a saved state, refusing a newer schema version, unknown properties and bad values, each with its path.</summary>
internal static class SextingStateReader
{
    private static readonly string[] StateFields =
    [
        "schemaVersion", "caseId", "step", "participants", "consulted", "conversations", "parentContacts", "incident",
        "ruleSetVersion", "weighed", "criminalCasePossible", "policeAdvice", "imagesDeleted", "decision", "checkedIn", "history",
    ];

    private static readonly string[] ParticipantFields = ["id", "ageYears", "roles"];
    private static readonly string[] WeighedFields = ["behaviourId", "actorId", "flag", "status", "registration"];
    private static readonly string[] HistoryFields = ["at", "trigger", "from", "to"];

    public static SextingLoadResult Read(ReadOnlyMemory<byte> utf8)
    {
        var errors = new List<ValidationError>();
        using var document = JsonDocuments.Parse(utf8, ProcedureJsonPaths.Root, errors);
        if (document is null)
        {
            return new(null, errors);
        }

        var root = document.RootElement;
        if (root.ValueKind == JsonValueKind.Object && !SchemaVersionReadable(root, errors))
        {
            // A newer file may hold fields this version does not know: say only that it is newer.
            return new(null, errors);
        }

        var fields = new JsonObjectReader(root, ProcedureJsonPaths.Root, StateFields, errors);
        if (!fields.IsObject)
        {
            return new(null, errors);
        }

        var parts = new SextingJsonParts(errors);
        var state = new SextingIncidentState
        {
            SchemaVersion = (int)fields.RequiredInteger("schemaVersion", 1, SextingIncidentState.CurrentSchemaVersion),
            CaseId = fields.RequiredString("caseId", Limits.MaxIdLength),
            Step = fields.RequiredEnum("step", CamelNames<SextingStep>.ByName),
            Participants = fields.RequiredArray("participants", Limits.MaxPeople, (e, p) => Participant(e, p, parts, errors)) ?? [],
            Consulted = parts.Enums<ConsultedParty>(fields, "consulted", required: false) ?? [],
            Conversations = parts.Conversations(fields, required: false) ?? [],
            ParentContacts = parts.Ids(fields, "parentContacts", required: false) ?? [],
            Incident = parts.Incident(fields),
            RuleSetVersion = fields.OptionalString("ruleSetVersion", Limits.MaxIdLength),
            Weighed = fields.OptionalArray("weighed", Limits.MaxBehaviours, (e, p) => Weighed(e, p, errors)) ?? [],
            CriminalCasePossible = fields.OptionalNullableBool("criminalCasePossible"),
            PoliceAdvice = fields.OptionalEnum("policeAdvice", CamelNames<PoliceAdvice>.ByName),
            ImagesDeleted = fields.OptionalBool("imagesDeleted"),
            Decision = parts.Decision(fields),
            CheckedIn = parts.Ids(fields, "checkedIn", required: false) ?? [],
            History = fields.OptionalArray("history", 10_000, (e, p) => History(e, p, errors)) ?? [],
        };
        if (errors.Count == 0)
        {
            SextingStateChecks.CaseId(state.CaseId, errors);
            SextingStateChecks.Participants(state.Participants, errors);
            SextingStateChecks.References(state, errors);
        }

        return errors.Count > 0 ? new(null, errors) : new(state, []);
    }

    private static bool SchemaVersionReadable(JsonElement root, List<ValidationError> errors)
    {
        if (root.TryGetProperty("schemaVersion", out var version) && version.ValueKind == JsonValueKind.Number
            && version.TryGetInt64(out var number) && number > SextingIncidentState.CurrentSchemaVersion)
        {
            errors.Add(new("$.schemaVersion", ProcedureCodes.UnsupportedVersion, string.Create(
                CultureInfo.InvariantCulture,
                $"schema version {number} was written by a newer version of Sensoa.Flags; this version reads version {SextingIncidentState.CurrentSchemaVersion}: update the library")));
            return false;
        }

        return true;
    }

    private static Participant? Participant(JsonElement element, string path, SextingJsonParts parts, List<ValidationError> errors)
    {
        var fields = new JsonObjectReader(element, path, ParticipantFields, errors);
        var participant = new Participant
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            AgeYears = fields.RequiredNumber("ageYears", 0, Limits.MaxYears),
            Roles = parts.Enums<ParticipantRole>(fields, "roles", required: true) ?? [],
        };
        return fields.IsObject ? participant : null;
    }

    private static WeighedBehaviour? Weighed(JsonElement element, string path, List<ValidationError> errors)
    {
        var fields = new JsonObjectReader(element, path, WeighedFields, errors);
        var weighed = new WeighedBehaviour(
            fields.RequiredString("behaviourId", Limits.MaxIdLength),
            fields.RequiredString("actorId", Limits.MaxIdLength),
            fields.OptionalEnum("flag", CamelNames<Flag>.ByName),
            fields.RequiredEnum("status", CamelNames<AssessmentStatus>.ByName),
            fields.RequiredEnum("registration", CamelNames<Registration>.ByName));
        return fields.IsObject ? weighed : null;
    }

    private static SextingHistoryEntry? History(JsonElement element, string path, List<ValidationError> errors)
    {
        var fields = new JsonObjectReader(element, path, HistoryFields, errors);
        var text = fields.RequiredString("at", 64);
        var at = default(DateTimeOffset);
        if (fields.Has("at") && text.Length > 0
            && !DateTimeOffset.TryParseExact(text, SextingStateWriter.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out at))
        {
            errors.Add(new(fields.At("at"), ValidationCodes.Invalid, "expected an ISO 8601 time with milliseconds and offset, e.g. 2026-03-02T09:15:00.000+01:00"));
        }

        var entry = new SextingHistoryEntry(
            at,
            fields.RequiredEnum("trigger", CamelNames<SextingTrigger>.ByName),
            fields.RequiredEnum("from", CamelNames<SextingStep>.ByName),
            fields.RequiredEnum("to", CamelNames<SextingStep>.ByName));
        return fields.IsObject ? entry : null;
    }
}
