using Sensoa.Flags.Procedures.Json;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Reads a trigger's input file: a JSON object with only that trigger's fields.</summary>
internal static class SextingInputReader
{
    public static SextingInput? Read(SextingTrigger trigger, ReadOnlyMemory<byte> utf8, out IReadOnlyList<ValidationError> errors)
    {
        var list = new List<ValidationError>();
        errors = list;
        using var document = JsonDocuments.Parse(utf8, ProcedureJsonPaths.Root, list);
        if (document is null)
        {
            return null;
        }

        var allowed = SextingInputChecks.FieldsFor(trigger);
        var fields = new JsonObjectReader(document.RootElement, ProcedureJsonPaths.Root, allowed.ToArray(), list);
        if (!fields.IsObject)
        {
            return null;
        }

        var parts = new SextingJsonParts(list);
        bool Wants(string name) => allowed.Contains(name);
        var input = new SextingInput
        {
            Consulted = Wants("consulted") ? parts.Enums<ConsultedParty>(fields, "consulted", required: true) : null,
            Conversations = Wants("conversations") ? parts.Conversations(fields, required: true) : null,
            ParentContacts = Wants("parentContacts") ? parts.Ids(fields, "parentContacts", required: true) : null,
            Incident = Wants("incident") ? Required(parts.Incident(fields), fields, "incident", list) : null,
            CriminalCasePossible = Wants("criminalCasePossible") ? RequiredBool(fields, "criminalCasePossible") : null,
            Decision = Wants("decision") ? Required(parts.Decision(fields), fields, "decision", list) : null,
            CheckedIn = Wants("checkedIn") ? parts.Ids(fields, "checkedIn", required: true) : null,
            PoliceAdvice = Wants("policeAdvice") ? fields.RequiredEnum("policeAdvice", CamelNames<PoliceAdvice>.ByName) : null,
        };
        return list.Count > 0 ? null : input;
    }

    private static T? Required<T>(T? value, JsonObjectReader fields, string name, List<ValidationError> errors)
        where T : class
    {
        if (!fields.Has(name))
        {
            errors.Add(new(fields.At(name), ValidationCodes.Required, "required"));
        }

        return value;
    }

    private static bool? RequiredBool(JsonObjectReader fields, string name)
    {
        var value = fields.OptionalNullableBool(name);
        if (value is null)
        {
            fields.Required(name);
        }

        return value;
    }
}
