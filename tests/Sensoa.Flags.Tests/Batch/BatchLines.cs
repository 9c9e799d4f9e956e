using System.Globalization;
using System.Text;
using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Tests.Batch;

/// <summary>Inputs for the batch tests: generated incidents, pairs with a stored assessment, and JSON Lines streams.</summary>
internal static class BatchLines
{
    public static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    private static readonly string[] Levels = ["green", "yellow", "red", "black", "unknown"];

    public static string ArchivePath => Path.Combine(AppContext.BaseDirectory, "archive", "archive-v1.jsonl");

    /// <summary>A valid incident that differs per number: its behaviour ids, criteria, ages and how many behaviours it has.</summary>
    public static string Incident(int n)
    {
        var behaviours = 1 + (n % 7 == 0 ? 12 : n % 3);
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{{\"jurisdiction\":\"{(n % 5 == 0 ? "netherlands" : "flanders")}\",\"setting\":\"school\",\"people\":[{{\"id\":\"a\",\"ageYears\":{4 + (n % 40)}}},{{\"id\":\"b\",\"ageYears\":{3 + (n % 30)}}}],\"behaviours\":[");
        for (var i = 0; i < behaviours; i++)
        {
            var seed = (n * 31) + (i * 7);
            text.Append(CultureInfo.InvariantCulture, $"{(i > 0 ? "," : string.Empty)}{{\"id\":\"line-{n}-{i}\",\"actorId\":\"a\",\"affectedIds\":[\"b\"],\"criteria\":{{");
            text.Append(CultureInfo.InvariantCulture, $"\"consent\":\"{Levels[seed % 5]}\",\"voluntariness\":\"{Levels[(seed / 5) % 4]}\",\"equality\":\"green\",");
            text.Append(CultureInfo.InvariantCulture, $"\"development\":\"{Levels[(seed / 3) % 3]}\",\"context\":\"green\",\"impact\":\"{Levels[(seed / 7) % 5]}\"}},");
            text.Append(CultureInfo.InvariantCulture, $"\"repeatedAfterCorrection\":{(seed % 4 == 0 ? "true" : "false")},\"priorSeriousAddressed\":{(seed % 6 == 0 ? "true" : "false")}}}");
        }

        return text.Append("]}").ToString();
    }

    /// <summary>An incident with today's assessment as the stored one.</summary>
    public static string Pair(string incident) => Pair(incident, Today(incident));

    public static string Pair(string incident, string assessment) =>
        $"{{\"incident\":{incident},\"assessment\":{assessment}}}";

    /// <summary>Today's assessment of an incident, compact, as an archive would store it.</summary>
    public static string Today(string incident)
    {
        var result = Assessor.AssessJson(Encoding.UTF8.GetBytes(incident));
        result.IsValid.Should().BeTrue(string.Join("; ", result.Errors));
        return Compact(SensoaJson.Serialize(result.Assessment!));
    }

    public static string Compact(string json)
    {
        using var document = JsonDocument.Parse(json);
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            document.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static MemoryStream Stream(IEnumerable<string> lines) =>
        new(Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));

    public static MemoryStream Stream(params string[] lines) => Stream((IEnumerable<string>)lines);

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>The same JSON with one property's value replaced, for a stored assessment that differs.</summary>
    public static string WithFirstBehaviour(string assessment, string property, string value)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(assessment)!;
        node["behaviours"]![0]![property] = System.Text.Json.Nodes.JsonNode.Parse(value);
        return node.ToJsonString();
    }
}
