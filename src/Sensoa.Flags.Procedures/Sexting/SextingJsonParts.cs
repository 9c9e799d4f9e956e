using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Json;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Readers for the parts that a saved state and a trigger's input share.</summary>
internal sealed class SextingJsonParts(List<ValidationError> errors)
{
    private const int MaxItems = 500;
    private static readonly string[] ConversationFields = ["personId", "alone"];
    private static readonly string[] DecisionFields = ["route", "measures"];
    private static readonly string[] MeasureFields = ["kind", "personId"];

    public IReadOnlyList<string>? Ids(JsonObjectReader fields, string name, bool required) =>
        required
            ? fields.RequiredArray(name, MaxItems, (e, p) => JsonObjectReader.StringValue(e, p, Limits.MaxIdLength, errors))
            : fields.OptionalArray(name, MaxItems, (e, p) => JsonObjectReader.StringValue(e, p, Limits.MaxIdLength, errors));

    public IReadOnlyList<TEnum>? Enums<TEnum>(JsonObjectReader fields, string name, bool required)
        where TEnum : struct, Enum
    {
        IReadOnlyList<Box<TEnum>>? boxes = required
            ? fields.RequiredArray(name, MaxItems, (e, p) => Boxed<TEnum>(e, p))
            : fields.OptionalArray(name, MaxItems, (e, p) => Boxed<TEnum>(e, p));
        return boxes?.Select(b => b.Value).ToArray();
    }

    public IReadOnlyList<Conversation>? Conversations(JsonObjectReader fields, bool required) =>
        required
            ? fields.RequiredArray("conversations", MaxItems, Conversation)
            : fields.OptionalArray("conversations", MaxItems, Conversation);

    public Decision? Decision(JsonObjectReader fields)
    {
        if (fields.Element("decision") is not { } element)
        {
            return null;
        }

        var decision = new JsonObjectReader(element, fields.At("decision"), DecisionFields, errors);
        return new Decision
        {
            Route = decision.RequiredEnum("route", CamelNames<DecisionRoute>.ByName),
            Measures = decision.RequiredArray("measures", MaxItems, Measure) ?? [],
        };
    }

    /// <summary>Reads the nested incident with the contract's own reader, so that it is checked exactly as <c>assess</c> checks it.</summary>
    public Incident? Incident(JsonObjectReader fields)
    {
        if (fields.Element("incident") is not { } element)
        {
            return null;
        }

        var parsed = SensoaJson.ParseIncident(element.GetRawText());
        errors.AddRange(parsed.Errors.Select(e => e with { Path = ProcedureJsonPaths.Under(fields.At("incident"), e.Path) }));
        return parsed.Incident;
    }

    private Conversation? Conversation(JsonElement element, string path)
    {
        var fields = new JsonObjectReader(element, path, ConversationFields, errors);
        var personId = fields.RequiredString("personId", Limits.MaxIdLength);
        var alone = fields.Required("alone") is { } flag && flag.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? flag.GetBoolean()
            : WrongBool(fields, "alone");
        return fields.IsObject ? new Conversation(personId, alone) : null;
    }

    private Measure? Measure(JsonElement element, string path)
    {
        var fields = new JsonObjectReader(element, path, MeasureFields, errors);
        var kind = fields.RequiredEnum("kind", CamelNames<MeasureKind>.ByName);
        var personId = fields.OptionalString("personId", Limits.MaxIdLength);
        return fields.IsObject ? new Measure(kind, personId) : null;
    }

    private bool WrongBool(JsonObjectReader fields, string name)
    {
        if (fields.Has(name))
        {
            errors.Add(new(fields.At(name), ValidationCodes.WrongType, "expected true or false"));
        }

        return false;
    }

    private Box<TEnum>? Boxed<TEnum>(JsonElement element, string path)
        where TEnum : struct, Enum =>
        JsonObjectReader.EnumValue(element, path, CamelNames<TEnum>.ByName, errors) is { } value ? new Box<TEnum>(value) : null;

    /// <summary>A reference wrapper, since the array reader collects reference types.</summary>
    private sealed record Box<T>(T Value);
}
