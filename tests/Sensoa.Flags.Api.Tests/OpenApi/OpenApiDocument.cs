using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Sensoa.Flags.Api.Tests.OpenApi;

/// <summary>The OpenAPI document as the API serves it, with its component schemas as JSON Schemas to validate against.</summary>
internal sealed class OpenApiDocument
{
    private readonly Dictionary<string, JsonSchema> compiled = [];

    private OpenApiDocument(byte[] bytes)
    {
        Bytes = bytes;
        Root = JsonNode.Parse(bytes)!.AsObject();
    }

    public byte[] Bytes { get; }

    public JsonObject Root { get; }

    public JsonObject Schemas => Root["components"]!["schemas"]!.AsObject();

    public JsonObject Paths => Root["paths"]!.AsObject();

    /// <summary>Every operation as (path, method, operation).</summary>
    public IEnumerable<(string Path, string Method, JsonObject Operation)> Operations =>
        Paths.SelectMany(p => p.Value!.AsObject().Select(m => (p.Key, m.Key, m.Value!.AsObject())));

    public static async Task<OpenApiDocument> FetchAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return new OpenApiDocument(await response.Content.ReadAsByteArrayAsync());
    }

    /// <summary>The errors of <paramref name="json"/> against component <paramref name="component"/> (empty when valid).</summary>
    public List<string> Validate(string component, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Validate(component, document.RootElement);
    }

    public List<string> Validate(string component, JsonElement value)
    {
        if (!compiled.TryGetValue(component, out var schema))
        {
            // The components as $defs of one 2020-12 schema (OpenAPI 3.1 schemas are JSON Schema 2020-12).
            var text = new JsonObject { ["$defs"] = Schemas.DeepClone(), ["$ref"] = "#/$defs/" + component }
                .ToJsonString()
                .Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
            schema = compiled[component] = JsonSchema.FromText(text);
        }

        var result = schema.Evaluate(value, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
                .ToList();
    }

    /// <summary>Every node of the document with its JSON pointer.</summary>
    public static IEnumerable<(string Pointer, JsonNode Node)> Walk(JsonNode node, string pointer = "")
    {
        yield return (pointer, node);
        IEnumerable<(string, JsonNode?)> children = node switch
        {
            JsonObject o => o.Select(p => (p.Key, p.Value)),
            JsonArray a => a.Select((v, i) => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), v)),
            _ => [],
        };
        foreach (var (key, child) in children)
        {
            if (child is not null)
            {
                foreach (var inner in Walk(child, pointer + "/" + key))
                {
                    yield return inner;
                }
            }
        }
    }
}
