using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// Reads a saved state, refusing a newer schema version, unknown properties and bad values, each with its path, and a
/// state that could not be in its step (<see cref="SextingStepRequirements"/>).
/// </summary>
internal static class SextingStateReader
{
    private static readonly JsonFieldSet StateFields = new(
    [
        "schemaVersion", "jurisdiction", "caseId", "step", "participants", "consulted", "conversations", "parentContacts", "incident",
        "ruleSetVersion", "weighed", "criminalCasePossible", "policeAdvice", "imagesDeleted", "decision", "checkedIn", "skippedAdvice", "history",
    ]);

    /// <summary>The most steps a state's history holds (a workflow has eight steps; a case is never near this).</summary>
    private const int MaxHistory = 10_000;

    private static readonly JsonFieldSet ParticipantFields = new(["id", "ageYears", "roles"]);
    private static readonly JsonFieldSet WeighedFields = new(["behaviourId", "actorId", "flag", "status", "registration"]);
    private static readonly JsonFieldSet HistoryFields = new(["at", "trigger", "from", "to"]);

    public static SextingLoadResult Read(ReadOnlySpan<byte> utf8)
    {
        var errors = new ErrorCollector();
        var state = JsonInput.Read(utf8, errors, ReadState);
        if (state is null || errors.HasErrors)
        {
            return new(null, errors.ToList());
        }

        var checks = new List<ValidationError>();
        SextingStateChecks.CaseId(state.CaseId, checks);
        SextingStateChecks.Participants(state.Participants, checks);
        // A version-1 file had no jurisdiction: its weighed incident may name either, and the route was the Netherlands'.
        SextingStateChecks.References(state, checks, sameJurisdiction: state.SchemaVersion >= 2);
        if (checks.Count == 0)
        {
            // Only a state that is otherwise sound: what its step requires is checked against its own participants and route.
            SextingStepRequirements.Check(state, checks);
        }

        return checks.Count > 0
            ? new(null, checks)
            : new(state with { SchemaVersion = SextingIncidentState.CurrentSchemaVersion }, []);
    }

    private static SextingIncidentState? ReadState(JsonElement root, ErrorCollector errors)
    {
        if (!SchemaVersionReadable(root, errors))
        {
            // A newer file may hold fields this version does not know: say only that it is newer.
            return null;
        }

        var fields = new JsonFields(root, JsonPaths.Root, StateFields, errors);
        if (!fields.IsObject)
        {
            return null;
        }

        var parts = new SextingJsonParts(errors);
        return new SextingIncidentState
        {
            SchemaVersion = (int)fields.RequiredInteger("schemaVersion", 1, SextingIncidentState.CurrentSchemaVersion),
            // Absent in version 1 (and allowed to be absent since): the Netherlands' route, the only one before.
            Jurisdiction = fields.OptionalEnum<Jurisdiction>("jurisdiction") ?? Jurisdiction.Netherlands,
            CaseId = fields.RequiredString("caseId", Limits.MaxIdLength),
            Step = fields.RequiredEnum<SextingStep>("step"),
            Participants = Present(fields.RequiredArray("participants", Limits.MaxPeople, (e, p, errors) => Participant(e, p, parts, errors))),
            Consulted = parts.Enums<ConsultedParty>(fields, "consulted", required: false) ?? [],
            Conversations = parts.Conversations(fields, required: false) ?? [],
            ParentContacts = parts.Ids(fields, "parentContacts", required: false) ?? [],
            Incident = parts.Incident(fields),
            RuleSetVersion = fields.OptionalString("ruleSetVersion", Limits.MaxIdLength),
            Weighed = Present(fields.OptionalArray("weighed", Limits.MaxBehaviours, Weighed)),
            CriminalCasePossible = fields.OptionalNullableBool("criminalCasePossible"),
            PoliceAdvice = fields.OptionalEnum<PoliceAdvice>("policeAdvice"),
            ImagesDeleted = fields.OptionalBool("imagesDeleted"),
            Decision = parts.Decision(fields),
            CheckedIn = parts.Ids(fields, "checkedIn", required: false) ?? [],
            SkippedAdvice = parts.Ids(fields, "skippedAdvice", required: false) ?? [],
            History = Present(fields.OptionalArray("history", MaxHistory, History)),
        };
    }

    /// <summary>The items that could be read; a bad one has its error, and then the state is not used.</summary>
    private static T[] Present<T>(IReadOnlyList<T?>? items)
        where T : class => items is null ? [] : [.. items.OfType<T>()];

    private static bool SchemaVersionReadable(JsonElement root, ErrorCollector errors)
    {
        if (JsonFields.TryPeek(root, "schemaVersion"u8, out var version) && version.ValueKind == JsonValueKind.Number
            && version.TryGetInt64(out var number) && number > SextingIncidentState.CurrentSchemaVersion)
        {
            errors.Add(ProcedureTexts.Error("$.schemaVersion", ProcedureCodes.UnsupportedVersion, "error.sexting.newerSchema", number, SextingIncidentState.CurrentSchemaVersion));
            return false;
        }

        return true;
    }

    private static Participant? Participant(JsonElement element, string path, SextingJsonParts parts, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, ParticipantFields, errors);
        var participant = new Participant
        {
            Id = fields.RequiredString("id", Limits.MaxIdLength),
            AgeYears = fields.RequiredNumber("ageYears"),
            Roles = parts.Enums<ParticipantRole>(fields, "roles", required: true) ?? [],
        };
        return fields.IsObject ? participant : null;
    }

    private static WeighedBehaviour? Weighed(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, WeighedFields, errors);
        var weighed = new WeighedBehaviour(
            fields.RequiredString("behaviourId", Limits.MaxIdLength),
            fields.RequiredString("actorId", Limits.MaxIdLength),
            fields.OptionalEnum<Flag>("flag"),
            fields.RequiredEnum<AssessmentStatus>("status"),
            fields.RequiredEnum<Registration>("registration"));
        return fields.IsObject ? weighed : null;
    }

    private static SextingHistoryEntry? History(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, HistoryFields, errors);
        var at = JsonTimestamps.Required(fields, "at", errors);
        var entry = new SextingHistoryEntry(
            at,
            fields.RequiredEnum<SextingTrigger>("trigger"),
            fields.RequiredEnum<SextingStep>("from"),
            fields.RequiredEnum<SextingStep>("to"));
        return fields.IsObject ? entry : null;
    }
}
