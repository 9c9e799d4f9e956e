using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Reads a trigger's input file: a JSON object with only that trigger's fields.</summary>
internal static class SextingInputReader
{
    public static SextingInput? Read(SextingTrigger trigger, ReadOnlySpan<byte> utf8, out IReadOnlyList<ValidationError> errors)
    {
        var collector = new ErrorCollector();
        var input = JsonInput.Read(utf8, collector, (root, errors) => ReadInput(trigger, root, errors));
        errors = collector.ToList();
        return collector.HasErrors ? null : input;
    }

    private static SextingInput? ReadInput(SextingTrigger trigger, System.Text.Json.JsonElement root, ErrorCollector errors)
    {
        var allowed = SextingInputChecks.FieldSetFor(trigger);
        var fields = new JsonFields(root, JsonPaths.Root, allowed, errors);
        if (!fields.IsObject)
        {
            return null;
        }

        var parts = new SextingJsonParts(errors);
        bool Wants(string name) => allowed.Contains(name);
        return new SextingInput
        {
            Consulted = Wants("consulted") ? parts.Enums<ConsultedParty>(fields, "consulted", required: true) : null,
            Conversations = Wants("conversations") ? parts.Conversations(fields, required: true) : null,
            ParentContacts = Wants("parentContacts") ? parts.Ids(fields, "parentContacts", required: true) : null,
            Incident = Wants("incident") ? Required(parts.Incident(fields), fields, "incident") : null,
            CriminalCasePossible = Wants("criminalCasePossible") ? fields.RequiredBool("criminalCasePossible") : null,
            Decision = Wants("decision") ? Required(parts.Decision(fields), fields, "decision") : null,
            CheckedIn = Wants("checkedIn") ? parts.Ids(fields, "checkedIn", required: true) : null,
            PoliceAdvice = Wants("policeAdvice") ? fields.RequiredEnum<PoliceAdvice>("policeAdvice") : null,
        };
    }

    private static T? Required<T>(T? value, in JsonFields fields, string name)
        where T : class
    {
        // Only for the "required" error when it is missing; a present value was read (and checked) above.
        fields.Required(name, out _);
        return value;
    }
}
