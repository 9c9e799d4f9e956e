using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;

namespace Sensoa.Flags.Json;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the contract, generated from the model types with System.Text.Json's
/// <see cref="JsonSchemaExporter"/> over the same source-generated options that read and write them, so that the
/// schema cannot drift from the code. The exporter gives the types, enum names, required properties and
/// <c>additionalProperties: false</c>; the documented <see cref="Limits"/> are added here.
/// </summary>
internal static class ContractSchemas
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Lazy<string> IncidentText = new(() => Write(Incident()));

    private static readonly Lazy<string> AssessmentText = new(() => Write(Assessment()));

    public static string IncidentSchema => IncidentText.Value;

    public static string AssessmentSchema => AssessmentText.Value;

    private static JsonNode Incident()
    {
        var body = JsonSchemaExporter.GetJsonSchemaAsNode(
            SensoaJson.SchemaOptions,
            typeof(Incident),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = AddLimits });
        return WithHeader(
            body,
            "urn:sensoa-flags:schema:incident",
            "Sensoa.Flags incident",
            "One incident: the people involved and each behaviour to be flagged. Unknown properties are refused. "
            + "Beyond this schema the library checks that ids are unique, that actorId, affectedIds and history[].personId name people of the incident, "
            + "and that occurredOn is a real calendar date.");
    }

    private static JsonNode Assessment()
    {
        var body = JsonSchemaExporter.GetJsonSchemaAsNode(
            SensoaJson.SchemaOptions,
            typeof(Assessment),
            new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = AllowNewOutputProperties });
        return WithHeader(
            body,
            "urn:sensoa-flags:schema:assessment",
            "Sensoa.Flags assessment",
            "The assessment of one incident. A later minor version may add properties: readers should ignore those they do not know.");
    }

    private static JsonNode AddLimits(JsonSchemaExporterContext context, JsonNode node)
    {
        if (context.PropertyInfo is null && context.TypeInfo.Type == typeof(Behaviour) && node is JsonObject behaviour
            && behaviour["properties"] is JsonObject members)
        {
            // The version-2 name is still read (as repeated), so the schema must let it through.
            members["repeatedAfterCorrection"] = new JsonObject
            {
                ["type"] = "boolean",
                ["deprecated"] = true,
                ["description"] = "Version 2's name of repeated, read as repeated. Given with repeated, the two must agree.",
            };
            return node;
        }

        if (context.PropertyInfo is not { } property || node is not JsonObject schema)
        {
            return node;
        }

        switch (property.DeclaringType.Name, property.Name)
        {
            case (nameof(Flags.Incident), "occurredYearsAgo"):
            case (nameof(Person), "ageYears"):
                schema["minimum"] = 0;
                schema["maximum"] = Limits.MaxYears;
                break;
            case (nameof(Flags.Incident), "people"):
                Items(schema, Limits.MaxPeople);
                break;
            case (nameof(Flags.Incident), "behaviours"):
                Items(schema, Limits.MaxBehaviours);
                break;
            case (nameof(Flags.Incident), "history"):
                schema["maxItems"] = Limits.MaxHistoryEntries;
                break;
            case (nameof(Behaviour), "labels"):
            case (nameof(HistoryEntry), "labels"):
                schema["maxItems"] = Limits.MaxLabels;
                if (schema["items"] is JsonObject label)
                {
                    label["maxLength"] = Limits.MaxLabelLength;
                }

                break;
            case (nameof(HistoryEntry), "occurredOn"):
                schema["pattern"] = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
                break;
            case (nameof(HistoryEntry), "id"):
            case (nameof(HistoryEntry), "personId"):
            case (nameof(Person), "id"):
            case (nameof(Behaviour), "id"):
            case (nameof(Behaviour), "actorId"):
                Id(schema);
                break;
            case (nameof(Behaviour), "affectedIds"):
                schema["maxItems"] = Limits.MaxPeople;
                if (schema["items"] is JsonObject item)
                {
                    Id(item);
                }

                break;
            case (nameof(Behaviour), "description"):
                schema["maxLength"] = Limits.MaxDescriptionLength;
                break;
            case (nameof(OverrideRequest), "reason"):
                schema["minLength"] = 1;
                schema["maxLength"] = Limits.MaxReasonLength;
                break;
        }

        return node;
    }

    private static JsonNode AllowNewOutputProperties(JsonSchemaExporterContext context, JsonNode node)
    {
        if (node is JsonObject schema)
        {
            schema.Remove("additionalProperties");
        }

        return node;
    }

    private static void Items(JsonObject schema, int max)
    {
        schema["minItems"] = 1;
        schema["maxItems"] = max;
    }

    private static void Id(JsonObject schema)
    {
        schema["minLength"] = 1;
        schema["maxLength"] = Limits.MaxIdLength;
    }

    private static JsonObject WithHeader(JsonNode body, string id, string title, string description)
    {
        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["$id"] = id,
            ["title"] = title,
            ["description"] = description,
        };
        foreach (var (name, value) in body.AsObject().ToArray())
        {
            body.AsObject().Remove(name);
            schema[name] = value;
        }

        return schema;
    }

    private static string Write(JsonNode schema) => schema.ToJsonString(WriteOptions) + "\n";
}
