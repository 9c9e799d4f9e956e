using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Tests.OpenApi;

/// <summary>
/// The OpenAPI document at /openapi/v1.json says exactly what the API does: read back by Microsoft.OpenApi without errors
/// or warnings; no null inside an enum; the request schema as strict as the shipped JSON Schema; typed parameters; one
/// problem schema on every 4xx; examples from the shipped cases that pass the document's own schemas; and every real
/// answer of the API passes them too.
/// </summary>
public sealed class OpenApiDocumentTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly string[] Tags = ["assessments", "guidance", "referrals", "examples"];

    private Task<OpenApiDocument> Document() => OpenApiDocument.FetchAsync(factory.CreateClient());

    [Fact]
    public async Task ReadBack_MicrosoftOpenApi_NoErrorsNoWarnings()
    {
        var document = await Document();

        var read = Microsoft.OpenApi.OpenApiDocument.Parse(Encoding.UTF8.GetString(document.Bytes), "json", new OpenApiReaderSettings());

        read.Diagnostic!.Errors.Should().BeEmpty();
        read.Diagnostic!.Warnings.Should().BeEmpty();
        read.Diagnostic!.SpecificationVersion.Should().Be(OpenApiSpecVersion.OpenApi3_1);
        var validation = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet());
        validation.Should().BeEmpty();
        read.Document!.Paths.Keys.Should().BeEquivalentTo(["/assessments", "/referrals", "/criteria", "/pitfalls", "/rules", "/examples"]);
    }

    [Fact]
    public async Task Document_SameBytesFromEveryStart()
    {
        using var other = new ApiFactory();

        var first = await Document();
        var second = await OpenApiDocument.FetchAsync(other.CreateClient());

        second.Bytes.Should().Equal(first.Bytes);
        first.Bytes[^1].Should().Be((byte)'\n');
    }

    [Fact]
    public async Task Enums_NeverHoldNull_NullabilityAtTheUse()
    {
        var document = await Document();

        var enums = OpenApiDocument.Walk(document.Root).Where(n => n.Pointer.EndsWith("/enum", StringComparison.Ordinal)).ToList();
        enums.Should().NotBeEmpty();
        enums.Should().AllSatisfy(e => e.Node.AsArray().Should().NotContainNulls(e.Pointer));

        // Where null is sent, the use says so: oneOf with the enum and null, which a value can match only once.
        var from = document.Schemas["FiredRule"]!["properties"]!["from"]!;
        from["oneOf"]!.AsArray().Select(b => b!.ToJsonString()).Should().Equal("""{"$ref":"#/components/schemas/Flag"}""", """{"type":"null"}""");
        document.Schemas["Flag"]!["type"]!.GetValue<string>().Should().Be("string");
    }

    [Fact]
    public async Task Referral_TimesLeftOutNotNull_NotNullable()
    {
        var document = await Document();
        var referral = document.Schemas["Referral"]!["properties"]!;

        referral["availability"]!.ToJsonString().Should().NotContain("null");
        referral["opensAt"]!["type"]!.GetValue<string>().Should().Be("string");
        referral["availabilityNote"]!["type"]!.GetValue<string>().Should().Be("string");
        referral["phone"]!["type"]!.ToJsonString().Should().Be("""["string","null"]""", "the server does send null for a missing phone number");
    }

    [Fact]
    public async Task Numbers_AreNumbersNotStrings()
    {
        var document = await Document();

        var types = OpenApiDocument.Walk(document.Root).Where(n => n.Pointer.EndsWith("/type", StringComparison.Ordinal) && n.Node is JsonArray).ToList();
        types.Should().AllSatisfy(t => t.Node.AsArray().Select(x => x!.GetValue<string>()).Should().ContainSingle(x => x != "null", t.Pointer));
        OpenApiDocument.Walk(document.Schemas).Where(n => n.Node is JsonObject o && o.ContainsKey("pattern"))
            .Should().NotContain(n => n.Node["type"]!.ToJsonString() != "\"string\"", "a pattern is for a string, never a number that may come as one");
        document.Schemas["Person"]!["properties"]!["ageYears"]!["type"]!.GetValue<string>().Should().Be("number");
    }

    [Fact]
    public async Task RequestSchema_TheShippedIncidentSchema()
    {
        var document = await Document();
        var shipped = JsonNode.Parse(SensoaJson.IncidentSchema)!.AsObject();
        foreach (var header in new[] { "$schema", "$id", "title", "description" })
        {
            shipped.Remove(header);
        }

        var resolved = Resolve(document, document.Schemas["Incident"]!);

        Normalise(resolved)!.ToJsonString().Should().Be(Normalise(shipped)!.ToJsonString());
        document.Paths["/assessments"]!["post"]!["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!.GetValue<string>()
            .Should().Be("#/components/schemas/Incident");
    }

    [Fact]
    public async Task RequestSchema_RefusesWhatTheApiRefuses()
    {
        var document = await Document();
        var incident = JsonNode.Parse(TestFiles.Case("two-person-sexting.json"))!;

        document.Validate("Incident", incident.ToJsonString()).Should().BeEmpty();
        var extra = incident.DeepClone();
        extra["people"]![0]!["name"] = "Jan";
        document.Validate("Incident", extra.ToJsonString()).Should().NotBeEmpty("unknown properties are refused");
        var age = incident.DeepClone();
        age["people"]![0]!["ageYears"] = "15";
        document.Validate("Incident", age.ToJsonString()).Should().NotBeEmpty("a number as a string is refused");
        var old = incident.DeepClone();
        old["people"]![0]!["ageYears"] = 121;
        document.Validate("Incident", old.ToJsonString()).Should().NotBeEmpty();
    }

    [Fact]
    public async Task Parameters_Typed()
    {
        var document = await Document();
        JsonObject Parameter(string path, string method, string name) =>
            document.Paths[path]![method]!["parameters"]!.AsArray().Single(p => p!["name"]!.GetValue<string>() == name)!.AsObject();

        var count = Parameter("/examples", "post", "count")["schema"]!;
        count.ToJsonString().Should().Be("""{"type":"integer","format":"int32","minimum":1,"maximum":10,"default":3}""");
        Parameter("/assessments", "post", "format")["schema"]!["enum"]!.ToJsonString().Should().Be("""["json","md","html"]""");
        Parameter("/assessments", "post", "lang")["schema"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).Should().Equal(Languages.Supported);
        Parameter("/assessments", "post", "at")["description"]!.GetValue<string>().Should().Contain("ISO 8601");
        foreach (var path in new[] { "/criteria", "/pitfalls", "/rules" })
        {
            Parameter(path, "get", "Accept-Language")["in"]!.GetValue<string>().Should().Be("header");
        }

        document.Paths["/assessments"]!["post"]!["parameters"]!.AsArray().Should().NotContain(p => p!["name"]!.GetValue<string>() == "Accept-Language", "the assessment reads lang only");
        document.Operations.SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Should().AllSatisfy(p => p!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace());
        document.Operations.SelectMany(o => o.Operation["parameters"]?.AsArray() ?? []).Where(p => p!["in"]!.GetValue<string>() == "query")
            .Should().AllSatisfy(p => p!["schema"]!["type"]!.GetValue<string>().Should().BeOneOf("string", "integer"));
    }

    /// <summary>
    /// Accept-Language is declared exactly on the operations that read it: asked for Dutch by the header alone, they answer
    /// as with lang=nl; the others answer as without it.
    /// </summary>
    [Fact]
    public async Task AcceptLanguage_DeclaredExactlyWhereRead()
    {
        var document = await Document();
        var client = factory.CreateClient();

        foreach (var (path, method, operation) in document.Operations.Where(o => o.Operation["parameters"]?.AsArray().Any(p => p!["name"]!.GetValue<string>() == "lang") == true))
        {
            async Task<string> Answer(string query, string? acceptLanguage)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), path + query);
                if (method == "post")
                {
                    request.Content = Problem.Json(TestFiles.Case("two-person-sexting.json"));
                }

                if (acceptLanguage is not null)
                {
                    request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
                }

                using var response = await client.SendAsync(request);
                return await response.Content.ReadAsStringAsync();
            }

            var dutch = await Answer("?lang=nl", null);
            (await Answer(string.Empty, null)).Should().NotBe(dutch, $"{path} has Dutch texts");
            var readsHeader = await Answer(string.Empty, "nl-BE") == dutch;
            var declared = operation["parameters"]!.AsArray().Any(p => p!["name"]!.GetValue<string>() == "Accept-Language");
            declared.Should().Be(readsHeader, $"{method} {path} {(readsHeader ? "reads" : "does not read")} Accept-Language");
        }
    }

    [Fact]
    public async Task Reports_TextNotAssessment()
    {
        var document = await Document();

        var content = document.Paths["/assessments"]!["post"]!["responses"]!["200"]!["content"]!;
        content["application/json"]!["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Assessment");
        content["text/markdown"]!["schema"]!["type"]!.GetValue<string>().Should().Be("string");
        content["text/html"]!["schema"]!["type"]!.GetValue<string>().Should().Be("string");
    }

    [Fact]
    public async Task Every4xx_TheOneProblemSchema()
    {
        var document = await Document();

        var refusals = document.Operations.SelectMany(o => o.Operation["responses"]!.AsObject().Where(r => r.Key.StartsWith('4'))).ToList();
        refusals.Should().NotBeEmpty();
        refusals.Should().AllSatisfy(r =>
        {
            r.Value!["content"]!.AsObject().Select(c => c.Key).Should().Equal("application/problem+json");
            r.Value["content"]!["application/problem+json"]!["schema"]!["$ref"]!.GetValue<string>().Should().Be("#/components/schemas/Problem");
        });
        document.Schemas.ContainsKey("ProblemDetails").Should().BeFalse();
        document.Schemas["Problem"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Contain(["errors", "traceId"]);
        document.Schemas["ProblemError"]!["required"]!.AsArray().Select(r => r!.GetValue<string>()).Should().Equal("path", "code", "message");
        var codes = document.Schemas["ErrorCode"]!["enum"]!.AsArray().Select(c => c!.GetValue<string>()).ToList();
        codes.Should().Contain("unsupportedMediaType");
        codes.Should().Contain(typeof(ValidationCodes).GetFields().Select(f => (string)f.GetRawConstantValue()!));
    }

    [Fact]
    public async Task Examples_FromTheShippedCases_PassTheSchemas()
    {
        var document = await Document();
        var post = document.Paths["/assessments"]!["post"]!;

        var requests = post["requestBody"]!["content"]!["application/json"]!["examples"]!.AsObject();
        requests.Select(e => e.Key + ".json").Should().BeEquivalentTo(Directory.EnumerateFiles(TestFiles.Cases, "*.json").Select(Path.GetFileName));
        foreach (var (name, example) in requests)
        {
            JsonNode.DeepEquals(example!["value"], JsonNode.Parse(TestFiles.Case(name + ".json"))).Should().BeTrue(name);
        }

        var checkedExamples = 0;
        foreach (var (path, method, operation) in document.Operations)
        {
            foreach (var (pointer, node) in OpenApiDocument.Walk(operation).Where(n => n.Node is JsonObject o && o.ContainsKey("examples") && o.ContainsKey("schema")))
            {
                var schema = node["schema"]!;
                foreach (var (name, example) in node["examples"]!.AsObject())
                {
                    var value = example!["value"]!;
                    if (schema["$ref"] is { } reference)
                    {
                        document.Validate(reference.GetValue<string>().Split('/')[^1], value.ToJsonString()).Should().BeEmpty($"{method} {path}{pointer} {name}");
                    }
                    else
                    {
                        value.GetValueKind().Should().Be(JsonValueKind.String, $"{path}{pointer} {name}");
                    }

                    checkedExamples++;
                }
            }
        }

        checkedExamples.Should().BeGreaterThan(30);
    }

    [Fact]
    public async Task Descriptions_PlainWords_Tagged()
    {
        var document = await Document();

        document.Root["tags"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Equal(Tags);
        document.Root["tags"]!.AsArray().Should().AllSatisfy(t => t!["description"]!.GetValue<string>().Length.Should().BeGreaterThan(20));
        document.Operations.Should().AllSatisfy(o =>
        {
            o.Operation["tags"]!.AsArray().Select(t => t!.GetValue<string>()).Should().ContainSingle().Which.Should().BeOneOf(Tags);
            o.Operation["summary"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
        });
        var descriptions = OpenApiDocument.Walk(document.Root)
            .Where(n => n.Pointer.EndsWith("/description", StringComparison.Ordinal) && n.Node.GetValueKind() == JsonValueKind.String)
            .Select(n => (n.Pointer, Text: n.Node.GetValue<string>()))
            .ToList();
        descriptions.Should().HaveCountGreaterThan(100);
        descriptions.Should().AllSatisfy(d =>
        {
            d.Text.Should().NotStartWith("Gets ", d.Pointer);
            d.Text.Should().NotContainAny(["&lt;", "<c>", "cref", "IReadOnly", "Nullable`", "Limits.", "CriterionRating."], d.Pointer);
            d.Text.Should().NotMatchRegex(@"\b(int|string|bool) [A-Z]", d.Pointer);
        });
        document.Schemas.Should().AllSatisfy(s => s.Value!["description"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace(s.Key));
        document.Schemas.Where(s => s.Value!["properties"] is not null).SelectMany(s => s.Value!["properties"]!.AsObject().Select(p => (s.Key + "." + p.Key, p.Value)))
            .Should().AllSatisfy(p => p.Value!["description"]?.GetValue<string>().Should().NotBeNullOrWhiteSpace(p.Item1));
        document.Paths.ContainsKey("/health").Should().BeFalse();
        document.Root["info"]!["description"]!.GetValue<string>().Should().Contain("GET /health", "left out on purpose, and said so");
    }

    [Theory]
    [MemberData(nameof(TestFiles.CaseNames), MemberType = typeof(TestFiles))]
    public async Task RealAssessment_PassesTheDocument(string name)
    {
        var document = await Document();

        using var response = await factory.CreateClient().PostAsync("/assessments?at=2026-03-02T09:00", Problem.Json(TestFiles.Case(name)));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.Validate("Assessment", await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Theory]
    [InlineData("/referrals?at=now", "ReferralList")]
    [InlineData("/referrals?lang=nl", "ReferralList")]
    [InlineData("/criteria?lang=nl", "CriteriaGuide")]
    [InlineData("/pitfalls", "PitfallGuide")]
    [InlineData("/rules", "RuleSetDescription")]
    public async Task RealGuidance_PassesTheDocument(string url, string component)
    {
        var document = await Document();

        using var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.Validate(component, await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task RealExamples_PassTheDocument()
    {
        var document = await Document();

        using var response = await factory.CreateClient().PostAsync("/examples?count=10", Problem.Json(TestFiles.Case("two-person-sexting.json")));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        document.Validate("ExampleList", await response.Content.ReadAsStringAsync()).Should().BeEmpty();
    }

    public static TheoryData<string, string, string?, int> Refusals => new()
    {
        { "POST", "/assessments", "application/json", 400 },
        { "POST", "/assessments?lang=de", "application/json", 400 },
        { "POST", "/assessments", null, 415 },
        { "POST", "/examples", "text/plain", 415 },
        { "GET", "/nothing-here", null, 404 },
        { "GET", "/assessments", null, 405 },
        { "POST", "/assessments", "application/json; big", 413 },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task RealProblems_PassTheDocument_WithErrorsAndTraceId(string method, string url, string? contentType, int status)
    {
        var document = await Document();
        var body = contentType == "application/json; big" ? new byte[Limits.MaxInputBytes + 10] : """{"jurisdiction":"wallonia"}"""u8.ToArray();
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST")
        {
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType.Replace("; big", string.Empty, StringComparison.Ordinal));
        }

        using var response = await factory.CreateClient().SendAsync(request);

        ((int)response.StatusCode).Should().Be(status);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        var text = await response.Content.ReadAsStringAsync();
        document.Validate("Problem", text).Should().BeEmpty(text);
        JsonNode.Parse(text)!["traceId"]!.GetValue<string>().Should().NotBeNullOrWhiteSpace();
    }

    /// <summary>The schema with its references followed and nullability put back as the shipped JSON Schema says it.</summary>
    private static JsonNode Resolve(OpenApiDocument document, JsonNode node)
    {
        switch (node)
        {
            case JsonObject o when o["$ref"] is { } reference:
                return Resolve(document, document.Schemas[reference.GetValue<string>().Split('/')[^1]]!);
            case JsonObject o when o["oneOf"] is JsonArray { Count: 2 } branches && branches[1]!.ToJsonString() == """{"type":"null"}""":
                var inner = Resolve(document, branches[0]!).AsObject();
                if (inner["enum"] is JsonArray values)
                {
                    values.Add(null);
                }
                else
                {
                    inner["type"] = new JsonArray(inner["type"]!.GetValue<string>(), "null");
                }

                return inner;
            case JsonObject o:
                var copy = new JsonObject();
                foreach (var (key, value) in o)
                {
                    if (key == "description" || (key == "type" && o.ContainsKey("enum")))
                    {
                        continue;
                    }

                    copy[key] = key is "properties"
                        ? new JsonObject(value!.AsObject().Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Resolve(document, p.Value!))))
                        : key is "items" ? Resolve(document, value!) : value?.DeepClone();
                }

                return copy;
            default:
                return node.DeepClone();
        }
    }

    /// <summary>Properties sorted by name and descriptions left out, so that two schemas compare by what they allow.</summary>
    private static JsonNode? Normalise(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.Where(p => !(p.Key == "description" && p.Value is JsonValue)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Normalise(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Normalise).ToArray()),
        null => null,
        _ => node.DeepClone(),
    };
}
