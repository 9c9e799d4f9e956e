using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Readers for the parts that a saved state and a trigger's input share.</summary>
internal sealed class SextingJsonParts(ErrorCollector errors)
{
    private const int MaxItems = 500;
    private static readonly JsonFieldSet ConversationFields = new(["personId", "alone"]);
    private static readonly JsonFieldSet DecisionFields = new(["route", "measures"]);
    private static readonly JsonFieldSet MeasureFields = new(["kind", "personId"]);

    public IReadOnlyList<string>? Ids(in JsonFields fields, string name, bool required) =>
        List(fields, name, required, static (e, p, errors) => JsonFields.StringValue(e, p, Limits.MaxIdLength, errors) ?? string.Empty);

    public IReadOnlyList<TEnum>? Enums<TEnum>(in JsonFields fields, string name, bool required)
        where TEnum : struct, Enum
    {
        var values = List(fields, name, required, static (e, p, errors) => JsonFields.EnumValue<TEnum>(e, p, errors));
        return values?.Select(v => v.GetValueOrDefault()).ToArray();
    }

    public IReadOnlyList<Conversation>? Conversations(in JsonFields fields, bool required) =>
        Present(List(fields, "conversations", required, Conversation));

    public Decision? Decision(in JsonFields fields)
    {
        if (!fields.TryGet("decision", out var element))
        {
            return null;
        }

        var decision = new JsonFields(element, fields.At("decision"), DecisionFields, errors);
        return new Decision
        {
            Route = decision.RequiredEnum<DecisionRoute>("route"),
            Measures = Present(decision.RequiredArray("measures", MaxItems, Measure)) ?? [],
        };
    }

    /// <summary>Reads the nested incident with the contract's own reader, so that it is checked exactly as <c>assess</c> checks it.</summary>
    public Incident? Incident(in JsonFields fields)
    {
        if (!fields.TryGet("incident", out var element))
        {
            return null;
        }

        var parsed = SensoaJson.ParseIncident(element.GetRawText());
        var at = fields.At("incident");
        foreach (var error in parsed.Errors)
        {
            // With the error's own text, so that it is written in the caller's language like the others.
            errors.Add(error with { Path = JsonPaths.Under(at, error.Path) });
        }

        return parsed.Incident;
    }

    /// <summary>The items that could be read; a bad one has its error, and then the whole input is refused.</summary>
    private static T[]? Present<T>(IReadOnlyList<T?>? items)
        where T : class => items is null ? null : [.. items.OfType<T>()];

    private static IReadOnlyList<T>? List<T>(in JsonFields fields, string name, bool required, Func<JsonElement, string, ErrorCollector, T> read) =>
        required ? fields.RequiredArray(name, MaxItems, read) : fields.OptionalArray(name, MaxItems, read);

    private static Conversation? Conversation(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, ConversationFields, errors);
        var personId = fields.RequiredString("personId", Limits.MaxIdLength);
        var alone = fields.RequiredBool("alone") ?? false;
        return fields.IsObject ? new Conversation(personId, alone) : null;
    }

    private static Measure? Measure(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, MeasureFields, errors);
        var kind = fields.RequiredEnum<MeasureKind>("kind");
        var personId = fields.OptionalString("personId", Limits.MaxIdLength);
        return fields.IsObject ? new Measure(kind, personId) : null;
    }
}
