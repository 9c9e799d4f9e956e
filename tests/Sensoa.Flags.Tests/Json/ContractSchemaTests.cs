using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Json;

/// <summary>
/// The committed JSON Schemas are what the code generates, the shipped examples (input and output) validate against
/// them, and their enum lists are the C# enums. JsonSchema.Net (draft 2020-12, MIT up to 8.x) does the validating:
/// a full validator is what integrators will use, so the test should be as strict as theirs.
/// </summary>
public sealed class ContractSchemaTests
{
    private static readonly Lazy<JsonSchema> Incident = new(() => JsonSchema.FromText(SensoaJson.IncidentSchema));

    private static readonly Lazy<JsonSchema> Assessment = new(() => JsonSchema.FromText(SensoaJson.AssessmentSchema));

    [Fact]
    public void IncidentSchema_Committed_MatchesGenerated() =>
        Snapshot.Verify("schemas/incident.schema.json", SensoaJson.IncidentSchema);

    [Fact]
    public void AssessmentSchema_Committed_MatchesGenerated() =>
        Snapshot.Verify("schemas/assessment.schema.json", SensoaJson.AssessmentSchema);

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void ShippedSample_ValidatesAgainstIncidentSchema(string name)
    {
        Validate(Incident.Value, Encoding.UTF8.GetString(Samples.Read(name))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void ShippedSampleAssessment_ValidatesAgainstAssessmentSchema(string name)
    {
        foreach (var language in Languages.Supported)
        {
            var options = new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo(language) };
            var assessment = Assess.Assessor.AssessJson(Samples.Read(name), options).Assessment!;
            Validate(Assessment.Value, SensoaJson.Serialize(assessment)).Should().BeEmpty();
        }
    }

    [Fact]
    public void ContractExample_ValidatesAgainstIncidentSchema()
    {
        Validate(Incident.Value, Samples.Minimal).Should().BeEmpty();
    }

    [Theory]
    [InlineData("""{"jurisdiction":"flanders","setting":"school","people":[{"id":"p1","ageYears":14}],"behaviours":[],"colour":1}""", "/colour ")]
    [InlineData("""{"jurisdiction":"wallonia","setting":"school","people":[{"id":"p1","ageYears":14}],"behaviours":[]}""", "/jurisdiction ")]
    [InlineData("""{"setting":"school","people":[{"id":"p1","ageYears":14}],"behaviours":[]}""", "required")]
    public void IncidentSchema_BadInput_Refused(string json, string expected)
    {
        Validate(Incident.Value, json).Should().Contain(e => e.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void IncidentSchema_UnknownPropertiesRefusedEverywhere()
    {
        var schema = JsonNode.Parse(SensoaJson.IncidentSchema)!;
        Objects(schema).Should().NotBeEmpty().And.OnlyContain(o => o["additionalProperties"]!.GetValue<bool>() == false);
    }

    [Fact]
    public void IncidentSchema_Enums_EqualCSharpEnums()
    {
        var schema = JsonNode.Parse(SensoaJson.IncidentSchema)!;
        var behaviour = schema["properties"]!["behaviours"]!["items"]!["properties"]!;
        EnumOf(schema["properties"]!["jurisdiction"]!).Should().Equal(Names<Jurisdiction>());
        EnumOf(schema["properties"]!["setting"]!).Should().Equal(Names<Setting>());
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            EnumOf(behaviour["criteria"]!["properties"]![Name(criterion)]!).Should().Equal(Names<CriterionRating>());
        }

        EnumOf(behaviour["intimacy"]!).Should().Equal([.. Names<Intimacy>(), null]);
        EnumOf(behaviour["relation"]!).Should().Equal([.. Names<Relation>(), null]);
        EnumOf(behaviour["override"]!["properties"]!["flag"]!).Should().Equal(Names<Flag>());
        EnumOf(behaviour["override"]!["properties"]!["basis"]!).Should().Equal(Names<OverrideBasis>());
    }

    [Fact]
    public void AssessmentSchema_Enums_EqualCSharpEnums()
    {
        var schema = JsonNode.Parse(SensoaJson.AssessmentSchema)!;
        var behaviour = schema["properties"]!["behaviours"]!["items"]!["properties"]!;
        foreach (var flag in new[] { "criteriaFlag", "computedFlag", "flag" })
        {
            EnumOf(behaviour[flag]!).Should().Equal([.. Names<Flag>(), null]);
        }

        EnumOf(behaviour["status"]!).Should().Equal(Names<AssessmentStatus>());
        EnumOf(behaviour["registration"]!).Should().Equal(Names<Registration>());
        EnumOf(behaviour["unknownCriteria"]!["items"]!).Should().Equal(Names<Criterion>());
        EnumOf(behaviour["responses"]!["items"]!["properties"]!["role"]!).Should().Equal(Names<ResponseRole>());
    }

    [Fact]
    public void IncidentSchema_Required_AsInTheContract()
    {
        var schema = JsonNode.Parse(SensoaJson.IncidentSchema)!;
        var behaviour = schema["properties"]!["behaviours"]!["items"]!;
        RequiredOf(schema).Should().BeEquivalentTo("jurisdiction", "setting", "people", "behaviours");
        RequiredOf(schema["properties"]!["people"]!["items"]!).Should().BeEquivalentTo("id", "ageYears");
        RequiredOf(behaviour).Should().BeEquivalentTo("id", "actorId", "criteria");
        RequiredOf(behaviour["properties"]!["criteria"]!).Should().BeEquivalentTo(Names<Criterion>());
        RequiredOf(behaviour["properties"]!["override"]!).Should().BeEquivalentTo("flag", "basis", "reason");
    }

    [Fact]
    public void IncidentSchema_Limits_FromLimits()
    {
        var schema = JsonNode.Parse(SensoaJson.IncidentSchema)!;
        schema["properties"]!["people"]!["maxItems"]!.GetValue<int>().Should().Be(Limits.MaxPeople);
        schema["properties"]!["behaviours"]!["maxItems"]!.GetValue<int>().Should().Be(Limits.MaxBehaviours);
        var behaviour = schema["properties"]!["behaviours"]!["items"]!["properties"]!;
        behaviour["description"]!["maxLength"]!.GetValue<int>().Should().Be(Limits.MaxDescriptionLength);
        behaviour["affectedIds"]!["items"]!["maxLength"]!.GetValue<int>().Should().Be(Limits.MaxIdLength);
    }

    private static List<string> Validate(JsonSchema schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid
            ? []
            : (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} {e.Key}: {e.Value}"))
                .ToList();
    }

    private static IEnumerable<JsonObject> Objects(JsonNode node)
    {
        if (node is JsonObject o)
        {
            if (o["type"] is JsonNode type && type.ToJsonString().Contains("\"object\"", StringComparison.Ordinal))
            {
                yield return o;
            }

            foreach (var (_, child) in o)
            {
                if (child is not null)
                {
                    foreach (var inner in Objects(child))
                    {
                        yield return inner;
                    }
                }
            }
        }
    }

    private static List<string?> EnumOf(JsonNode schema) =>
        schema["enum"]!.AsArray().Select(v => v?.GetValue<string>()).ToList();

    private static List<string> RequiredOf(JsonNode schema) =>
        schema["required"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();

    private static List<string?> Names<TEnum>()
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => (string?)Name(v)).ToList();

    private static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
