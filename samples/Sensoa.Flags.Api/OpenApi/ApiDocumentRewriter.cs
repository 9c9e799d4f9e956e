using System.Globalization;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Sensoa.Flags.Api.Endpoints;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;
using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Api.OpenApi;

/// <summary>
/// Makes the generated OpenAPI document say exactly what the API does, so that Kiota, openapi-typescript and a validating
/// proxy read it without hand edits:
/// <list type="bullet">
/// <item>nullability is said where a property is used (<c>oneOf</c> with <c>type: null</c>), never inside an enum; a
/// property the server leaves out rather than sending null is not nullable;</item>
/// <item>the request schema is the shipped JSON Schema of an incident (<see cref="SensoaJson.IncidentSchema"/>), split
/// into named components, so it is exactly as strict and follows every change to it;</item>
/// <item>numbers are numbers (not number-or-string), query parameters are typed, <c>Accept-Language</c> is declared
/// where it is read, reports are text;</item>
/// <item>one problem schema (<c>errors</c> with path, code and message; <c>traceId</c>) on every 4xx;</item>
/// <item>examples from the shipped cases (samples/cases), tags with descriptions, descriptions in plain words.</item>
/// </list>
/// <c>GET /health</c> is left out on purpose: it is for load balancers, not for clients (the document's description says so).
/// </summary>
internal sealed partial class ApiDocumentRewriter(JsonObject document, IFlagAssessor assessor, System.Text.Json.JsonSerializerOptions json)
{
    private const string SchemaRef = "#/components/schemas/";

    /// <summary>The moment the report example is dated, so that the document is the same bytes on every build.</summary>
    private static readonly DateTimeOffset ExampleMoment = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly string[] ReportMediaTypes = ["text/markdown", "text/html"];

    /// <summary>Properties the server leaves out when it has nothing to say, and never sends as null.</summary>
    private static readonly HashSet<string> NeverNull = ["Referral.availability", "Referral.opensAt", "Referral.closesAt", "Referral.availabilityNote"];

    /// <summary>The operations that take the language from <c>Accept-Language</c> when <c>lang</c> is not given.</summary>
    private static readonly HashSet<string> ReadsAcceptLanguage = ["DescribeCriteria", "ListPitfalls", "DescribeRules"];

    // From the library's one list of languages, so that a new language needs no word here: "en (English) or nl (Dutch)".
    private static readonly string LanguageNames = string.Join(" or ", Languages.Supported.Select(code => $"{code} ({Languages.Culture(code).EnglishName})"));

    /// <summary>Descriptions whose generated text names C# members; said in plain words instead.</summary>
    private static readonly Dictionary<string, string> PlainDescriptions = new()
    {
        ["ExampleMatch.distance"] = "How far the example is from the behaviour: 0 when every criterion is rated the same; the list is sorted on it, nearest first.",
        ["Response.stepDetails"] = "For each step of steps, at the same position: which step of the reaction it is and what it rests on.",
        ["ResponseStep"] = "What one step of a response is and what it rests on; the step's text is at the same position in the response's steps.",
        ["Flag"] = "A flag colour: green, yellow, red or black, from acceptable to seriously crossing a boundary.",
        ["Intimacy"] = "Whether a behaviour was hands-on (touching) or hands-off.",
        ["Relation"] = "Who the actor is to those affected: peer, family, partner, professional, colleague, client or other; absent when not known.",
        ["ResponseStep.kindSource"] = "For a step of Sensoa's reaction guide, the guide and the part for its kind (the step's words are the library's); null for the steps the library adds.",
        ["Availability"] = "Whether an organisation is open at the time asked: open, closed, or unknown when its hours are not known.",
        ["ReferralList"] = "The organisations of the directory.",
        ["ReferralList.directoryVersion"] = "The version of the directory's data.",
        ["ReferralList.referrals"] = "The organisations, in the directory's fixed order.",
        ["ExampleList"] = "For each behaviour of an incident, the closest worked examples.",
        ["ExampleList.examplesVersion"] = "The version of the worked examples' data.",
        ["ExampleList.behaviours"] = "One entry per behaviour, in the order of the incident.",
        ["BehaviourExamples"] = "The worked examples closest to one behaviour.",
        ["BehaviourExamples.behaviourId"] = "The behaviour's id.",
        ["BehaviourExamples.matches"] = "The examples, nearest first.",
    };

    /// <summary>C# names that the generated descriptions carry, in the words of the JSON.</summary>
    private static readonly Dictionary<string, string> PlainNames = new()
    {
        ["int Limits.MaxLabels"] = Limits.MaxLabels.ToString(CultureInfo.InvariantCulture),
        ["string Provenance.Library"] = "library",
        ["CriterionRating.Unknown"] = "unknown",
    };

    private readonly JsonObject schemas = document["components"]!["schemas"]!.AsObject();

    public void Rewrite()
    {
        DescribeDocument();
        FixEnums();
        ForEachSchemaNode(schemas, FixNode);
        ReplaceIncidentSchemas();
        AddProblemSchemas();
        PlainWords();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (_, operation) in item!.AsObject())
            {
                RewriteOperation(path, operation!.AsObject());
            }
        }

        RemoveUnused();
    }

    private void DescribeDocument()
    {
        document["info"] = new JsonObject
        {
            ["title"] = "Sensoa.Flags API",
            ["description"] = "Decision support for professionals who meet sexual behaviour that may cross a boundary, after the flag "
                + "system (Vlaggensysteem) that Sensoa publishes; an independent implementation, not a Sensoa product. Send an incident "
                + "(the people involved and each behaviour rated on six criteria) and get a flag per behaviour with the reasons, what "
                + "to do and whom to turn to. Every refused request gets a problem document (application/problem+json) whose errors "
                + "name each wrong value by its JSON path (or ?name for a query parameter) with a stable code; a request line over "
                + $"{RequestLimits.MaxRequestLine} bytes gets 414 and headers over {RequestLimits.MaxHeaderCount} lines or "
                + $"{RequestLimits.MaxHeadersTotal} bytes get 431, as problem documents too. GET /health, for "
                + "load balancers, is left out of this document on purpose.",
            ["version"] = "3.0.0",
        };
        document["servers"] = new JsonArray(new JsonObject
        {
            ["url"] = "http://localhost:5000",
            ["description"] = "The sample as dotnet run starts it; a client sets the address the API really runs at.",
        });
        document["tags"] = new JsonArray(
            Tag(ApiTags.Assessments, "Assess an incident: a flag for every behaviour, the rules that fired, the responses and whom to turn to; as JSON or as a printable report."),
            Tag(ApiTags.Guidance, "Reference texts beside the rating: the six criteria at each flag, the pitfalls of giving a flag, and the rules with their sources."),
            Tag(ApiTags.Referrals, "The organisations an assessment may send you to, with their numbers and opening hours."),
            Tag(ApiTags.Examples, "The library's worked examples closest to each behaviour of an incident, to compare with."));

        static JsonObject Tag(string name, string description) => new() { ["name"] = name, ["description"] = description };
    }

    /// <summary>An enum component is a string enum of its values; a null among them moves to where the enum is used.</summary>
    private void FixEnums()
    {
        foreach (var (_, schema) in schemas)
        {
            if (schema is JsonObject s && s["enum"] is JsonArray values)
            {
                var kept = new JsonArray(values.Where(v => v is not null).Select(v => (JsonNode?)v!.DeepClone()).ToArray());
                s.Remove("enum");
                s.Remove("type");
                s.Insert(0, "type", "string");
                s.Insert(1, "enum", kept);
            }
        }
    }

    /// <summary>Fixes one property schema of the generated components: nullable references, numbers, never-null properties.</summary>
    private static void FixNode(string owner, JsonObject node)
    {
        // { oneOf: [ { type: null }, { description, $ref } ] } -> { description, oneOf: [ { $ref }, { type: null } ] }
        if (node["oneOf"] is JsonArray { Count: 2 } branches && branches.FirstOrDefault(IsNullType) is { } nullBranch)
        {
            var other = branches.First(b => !ReferenceEquals(b, nullBranch))!.AsObject();
            var description = other["description"]?.GetValue<string>();
            other.Remove("description");
            node.Remove("oneOf");
            if (description is not null)
            {
                node["description"] = description;
            }

            if (NeverNull.Contains(owner))
            {
                node["$ref"] = other["$ref"]!.GetValue<string>();
            }
            else
            {
                node["oneOf"] = new JsonArray(other.DeepClone(), new JsonObject { ["type"] = "null" });
            }
        }

        if (node["type"] is JsonArray types)
        {
            var names = types.Select(t => t!.GetValue<string>()).ToList();
            if (names.Contains("string") && (names.Contains("number") || names.Contains("integer")) && node.ContainsKey("pattern"))
            {
                // The framework's reader would take "15" for 15; the API's own reader does not, and the server writes numbers.
                names.Remove("string");
                node.Remove("pattern");
            }

            if (NeverNull.Contains(owner))
            {
                names.Remove("null");
            }

            // Nullability last, as the shipped JSON Schemas write it: [ "string", "null" ].
            names = [.. names.Where(n => n != "null"), .. names.Where(n => n == "null")];
            node["type"] = names.Count == 1 ? names[0] : new JsonArray(names.Select(n => (JsonNode?)n).ToArray());
        }
    }

    private static bool IsNullType(JsonNode? node) => node is JsonObject o && o.Count == 1 && o["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String && o["type"]!.GetValue<string>() == "null";

    /// <summary>Calls <paramref name="fix"/> on each property schema of each component, with "Component.property" as owner.</summary>
    private static void ForEachSchemaNode(JsonObject components, Action<string, JsonObject> fix)
    {
        foreach (var (name, schema) in components)
        {
            if (schema?["properties"] is JsonObject properties)
            {
                foreach (var (property, value) in properties)
                {
                    if (value is JsonObject node)
                    {
                        fix($"{name}.{property}", node);
                        if (node["items"] is JsonObject items)
                        {
                            fix($"{name}.{property}[]", items);
                        }
                    }
                }
            }
        }
    }

    /// <summary>
    /// The incident and its parts as the shipped JSON Schema says them (same limits, same <c>additionalProperties: false</c>),
    /// as named components that reuse the enum components, with the generated descriptions.
    /// </summary>
    private void ReplaceIncidentSchemas()
    {
        var shipped = JsonNode.Parse(SensoaJson.IncidentSchema)!.AsObject();
        foreach (var header in new[] { "$schema", "$id", "title" })
        {
            shipped.Remove(header);
        }

        var names = new Dictionary<string, string>
        {
            ["$"] = "Incident",
            ["$.people[]"] = "Person",
            ["$.behaviours[]"] = "Behaviour",
            ["$.behaviours[].criteria"] = "Criteria",
            ["$.behaviours[].override"] = "OverrideRequest",
        };
        var generated = schemas.Where(c => c.Value?["properties"] is JsonObject).ToDictionary(c => c.Key, c => c.Value!.DeepClone().AsObject());
        ConvertShipped(shipped, "$", names, generated);
    }

    private JsonNode ConvertShipped(JsonObject node, string path, Dictionary<string, string> names, Dictionary<string, JsonObject> generated)
    {
        if (node["enum"] is JsonArray values)
        {
            var kept = values.Where(v => v is not null).Select(v => v!.GetValue<string>()).ToArray();
            var component = schemas.FirstOrDefault(c => c.Value?["enum"] is JsonArray e && e.Select(v => v!.GetValue<string>()).SequenceEqual(kept)).Key;
            JsonNode target = component is not null
                ? new JsonObject { ["$ref"] = SchemaRef + component }
                : new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(kept.Select(k => (JsonNode?)k).ToArray()) };
            return kept.Length < values.Count ? Nullable(target) : target;
        }

        var isNullable = node["type"] is JsonArray t && t.Any(x => x!.GetValue<string>() == "null");
        if (node["properties"] is JsonObject properties)
        {
            var converted = new JsonObject();

            // The component of the same C# type: by its place, else the generated object with exactly these properties.
            var name = names.GetValueOrDefault(path)
                ?? generated.FirstOrDefault(g => g.Value["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal)
                    .SequenceEqual(properties.Select(p => p.Key).Order(StringComparer.Ordinal))).Key;
            var descriptions = name is not null && generated.TryGetValue(name, out var g) ? g : null;
            if (descriptions?["description"] is { } description)
            {
                converted["description"] = Clean(description.GetValue<string>());
            }
            else if (node["description"] is { } own)
            {
                converted["description"] = own.DeepClone();
            }

            converted["type"] = "object";
            var convertedProperties = new JsonObject();
            foreach (var (property, value) in properties)
            {
                var child = ConvertShipped(value!.AsObject(), path + "." + property, names, generated).AsObject();
                if (descriptions?["properties"]?[property]?["description"] is { } text && !child.ContainsKey("description"))
                {
                    child.Insert(0, "description", Clean(text.GetValue<string>()));
                }

                convertedProperties[property] = child;
            }

            converted["properties"] = convertedProperties;
            foreach (var (key, value) in node)
            {
                if (key is not ("type" or "properties" or "description"))
                {
                    converted[key] = value!.DeepClone();
                }
            }

            if (name is null)
            {
                return isNullable ? Nullable(converted) : converted;
            }

            schemas[name] = converted;
            var reference = new JsonObject { ["$ref"] = SchemaRef + name };
            return isNullable ? Nullable(reference) : reference;
        }

        var copy = node.DeepClone().AsObject();
        if (copy["items"] is JsonObject items)
        {
            copy["items"] = ConvertShipped(items, path + "[]", names, generated);
        }

        return copy;
    }

    private static JsonObject Nullable(JsonNode target) => new() { ["oneOf"] = new JsonArray(target, new JsonObject { ["type"] = "null" }) };

    /// <summary>
    /// One problem schema for every refusal, with the codes an error can carry: the library's validation codes and the
    /// API's own <c>unsupportedMediaType</c>.
    /// </summary>
    private void AddProblemSchemas()
    {
        schemas.Remove("ProblemDetails");
        var codes = typeof(ValidationCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (string)f.GetRawConstantValue()!)
            .Append(Problems.UnsupportedMediaTypeCode)
            .Distinct()
            .Select(c => (JsonNode?)c)
            .ToArray();
        schemas["ErrorCode"] = new JsonObject
        {
            ["type"] = "string",
            ["enum"] = new JsonArray(codes),
            ["description"] = "What is wrong, as a stable code: the same codes as the library and the command line, and unsupportedMediaType for a body that is not UTF-8 JSON.",
        };
        schemas["ProblemError"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "One wrong value.",
            ["properties"] = new JsonObject
            {
                ["path"] = Text("Where: the JSON path of the value in the body (for example $.behaviours[0].criteria.impact), ?name for a query parameter, $ for the body as a whole."),
                ["code"] = new JsonObject { ["description"] = "What is wrong, as a stable code.", ["$ref"] = SchemaRef + "ErrorCode" },
                ["message"] = Text("What is wrong, for people; the wording may change between versions, the code does not."),
            },
            ["required"] = new JsonArray("path", "code", "message"),
        };
        schemas["Problem"] = new JsonObject
        {
            ["type"] = "object",
            ["description"] = "An RFC 9457 problem document: the answer to every refused request.",
            ["properties"] = new JsonObject
            {
                ["type"] = Text("The kind of problem, a stable URN such as urn:sensoa-flags:problem:invalid-incident (or an RFC link for 404 and 405)."),
                ["title"] = Text("The kind of problem, for people."),
                ["status"] = new JsonObject { ["type"] = "integer", ["format"] = "int32", ["description"] = "The HTTP status code." },
                ["detail"] = Text("More about this occurrence, for people."),
                ["errors"] = new JsonObject
                {
                    ["type"] = "array",
                    ["items"] = new JsonObject { ["$ref"] = SchemaRef + "ProblemError" },
                    ["description"] = "Each wrong value with where it is and its code; empty when no value is at fault (an unknown path, a wrong method).",
                },
                ["traceId"] = Text("The request's trace id, to find it in the server's log."),
            },
            ["required"] = new JsonArray("type", "title", "status", "errors", "traceId"),
        };

        static JsonObject Text(string description) => new() { ["type"] = "string", ["description"] = description };
    }

    /// <summary>Descriptions as sentences for people: no "Gets ...", no C# types.</summary>
    private void PlainWords()
    {
        foreach (var (name, schema) in schemas)
        {
            if (schema is not JsonObject s)
            {
                continue;
            }

            if (PlainDescriptions.TryGetValue(name, out var plain))
            {
                s["description"] = plain;
            }
            else if (s["description"] is { } d)
            {
                s["description"] = Clean(d.GetValue<string>());
            }

            foreach (var (property, value) in s["properties"]?.AsObject() ?? [])
            {
                if (value is not JsonObject p)
                {
                    continue;
                }

                if (PlainDescriptions.TryGetValue($"{name}.{property}", out var text))
                {
                    p["description"] = text;
                }
                else if (p["description"] is { } description)
                {
                    p["description"] = Clean(description.GetValue<string>());
                }
            }
        }
    }

    private static string Clean(string text)
    {
        text = GetsPrefix().Replace(text, string.Empty);
        foreach (var (name, plain) in PlainNames)
        {
            text = text.Replace(name, plain, StringComparison.Ordinal);
        }

        // A member named by its C# signature ("string WorkedExample.Attribution") is said by its JSON name (`attribution`).
        text = CSharpMember().Replace(text, m => "`" + char.ToLowerInvariant(m.Groups[1].Value[0]) + m.Groups[1].Value[1..] + "`");

        return text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private void RewriteOperation(string path, JsonObject operation)
    {
        var id = operation["operationId"]!.GetValue<string>();
        RewriteParameters(id, operation);

        var cases = ShippedCases.All();
        if (operation["requestBody"] is JsonObject body)
        {
            body["description"] = "One incident, as the shipped JSON Schema of an incident says it (unknown properties are refused), in UTF-8.";
            body["content"]!["application/json"]!["examples"] = Examples(cases.Select(c => (c.Name, c.Summary, JsonNode.Parse(c.Json))));
        }

        var responses = operation["responses"]!.AsObject();
        foreach (var (status, response) in responses)
        {
            var r = response!.AsObject();
            if (status.StartsWith('4'))
            {
                r["description"] = ProblemDescription(status, operation.ContainsKey("requestBody"));
                r["content"] = new JsonObject
                {
                    ["application/problem+json"] = new JsonObject
                    {
                        ["schema"] = new JsonObject { ["$ref"] = SchemaRef + "Problem" },
                        ["examples"] = ProblemExamples(status, path),
                    },
                };
            }
        }

        var ok = responses["200"]!.AsObject();
        switch (id)
        {
            case "Assess":
                ok["description"] = "The assessment, or with format=md or format=html the printable report as text.";
                ok["content"]!["application/json"]!["examples"] = Examples(cases.Select(c => (c.Name, c.Summary, JsonNode.Parse(SensoaJson.Serialize(assessor.AssessJson(c.Json).Assessment!)))));
                var sample = cases.First(c => c.Name == "two-person-sexting");
                var incident = SensoaJson.ParseIncident(sample.Json).Incident!;
                var assessment = assessor.AssessJson(sample.Json).Assessment!;
                foreach (var media in ReportMediaTypes)
                {
                    var format = media == "text/html" ? ReportFormat.Html : ReportFormat.Markdown;
                    var report = AssessmentReport.Render(incident, assessment, format, new ReportDetails { AssessedAt = ExampleMoment, CaseReference = "2026-014" });
                    ok["content"]![media] = new JsonObject
                    {
                        ["schema"] = new JsonObject { ["type"] = "string", ["description"] = media == "text/html" ? "A report as an HTML page, to print or save." : "A report in Markdown." },
                        ["examples"] = Examples([(sample.Name, sample.Summary, JsonValue.Create(report))]),
                    };
                }

                break;
            case "ClosestExamples":
                ok["description"] = "For each behaviour, the closest worked examples, nearest first.";
                var first = cases.First(c => c.Name == "two-person-sexting");
                var parsed = SensoaJson.ParseIncident(first.Json).Incident!;
                var list = new ExampleList(WorkedExamples.Version, parsed.Behaviours.Select(b => new BehaviourExamples(b.Id, WorkedExamples.Closest(parsed, b.Id, 1))).ToArray());
                ok["content"]!["application/json"]!["examples"] = Examples([(first.Name, "The closest example for each behaviour (count=1).", JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(list, json)))]);
                break;
            case "ListReferrals":
                ok["description"] = "The directory's version and its organisations.";
                break;
            case "DescribeCriteria":
                ok["description"] = "The six criteria at each flag level.";
                break;
            case "ListPitfalls":
                ok["description"] = "The four pitfalls.";
                break;
            case "DescribeRules":
                ok["description"] = "The rule set with its sources.";
                break;
        }
    }

    private static string ProblemDescription(string status, bool hasBody) => status switch
    {
        "400" when hasBody => "Refused: a wrong incident (invalid-incident), a wrong query parameter (invalid-query) or a body HTTP could not carry (bad-body).",
        "400" => "Refused: a wrong query parameter (invalid-query).",
        "413" => $"Refused: the body is larger than {Limits.MaxInputBytes} bytes.",
        "415" => "Refused: the body is not sent as UTF-8 JSON (Content-Type: application/json, no charset or charset=utf-8).",
        _ => "Refused.",
    };

    private JsonObject ProblemExamples(string status, string path)
    {
        const string trace = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";
        JsonObject Problem(string type, string title, int code, string detail, params (string Path, string Code, string Message)[] errors) => new()
        {
            ["type"] = type,
            ["title"] = title,
            ["status"] = code,
            ["detail"] = detail,
            ["errors"] = new JsonArray(errors.Select(e => (JsonNode?)new JsonObject { ["path"] = e.Path, ["code"] = e.Code, ["message"] = e.Message }).ToArray()),
            ["traceId"] = trace,
        };

        switch (status)
        {
            case "400":
                var examples = new List<(string, string, JsonNode?)>
                {
                    ("invalidQuery", "A language the API does not have.", Problem(Problems.InvalidQueryType, "The query is not valid.", 400, "Each error names the query parameter.",
                        ("?lang", ValidationCodes.UnknownValue, $"not an allowed value; expected one of {string.Join(", ", Languages.Supported)}"))),
                };
                if (path is "/assessments" or "/examples")
                {
                    var wrong = assessor.AssessJson("""{"jurisdiction":"wallonia"}"""u8);
                    examples.Insert(0, ("invalidIncident", "An incident with an unknown jurisdiction and its required parts missing.", Problem(
                        Problems.InvalidIncidentType, "The incident is not valid.", 400, $"{wrong.Errors.Count} problem(s) found; each error names the offending value by its JSON path.",
                        wrong.Errors.Select(e => (e.Path, e.Code, e.Message)).ToArray())));
                }

                return Examples(examples);
            case "413":
                return Examples([("tooLarge", "A body over the limit.", Problem(Problems.TooLargeType, "The request body is too large.", 413, $"The limit is {Limits.MaxInputBytes} bytes.",
                    ("$", ValidationCodes.TooLarge, $"the input is larger than {Limits.MaxInputBytes} bytes, the limit")))]);
            case "415":
                return Examples([("noContentType", "A body sent without Content-Type.", Problem(Problems.UnsupportedMediaTypeType, "The request body is not JSON.", 415, "Send the incident as UTF-8 with Content-Type: application/json.",
                    ("$", Problems.UnsupportedMediaTypeCode, "no Content-Type; expected Content-Type: application/json")))]);
            default:
                return [];
        }
    }

    private static JsonObject Examples(IEnumerable<(string Name, string Summary, JsonNode? Value)> examples)
    {
        var result = new JsonObject();
        foreach (var (name, summary, value) in examples)
        {
            result[name] = new JsonObject { ["summary"] = summary, ["value"] = value };
        }

        return result;
    }

    /// <summary>Typed query parameters, each described; <c>Accept-Language</c> where the operation reads it.</summary>
    private static void RewriteParameters(string operationId, JsonObject operation)
    {
        var generated = operation["parameters"]?.AsArray() ?? [];
        var parameters = new JsonArray();
        foreach (var parameter in generated)
        {
            var name = parameter!["name"]!.GetValue<string>();
            parameters.Add(name switch
            {
                "lang" => Query(name, ReadsAcceptLanguage.Contains(operationId)
                        ? $"The language of the texts: {LanguageNames}. Without it, the first of {string.Join(" or ", Languages.Supported)} in Accept-Language (nl-BE counts as nl), else English."
                        : $"The language of the texts: {LanguageNames}.",
                    Enum(Languages.Supported, ReadsAcceptLanguage.Contains(operationId) ? null : Languages.English)),
                "at" => Query(name,
                    "A moment to check the organisations' opening hours against: now, or an ISO 8601 date and time such as 2026-03-02T09:00 "
                    + "(Brussels and Amsterdam time when it has no offset) or 2026-03-02T09:00:00Z. Without it, nothing is said about opening hours.",
                    new JsonObject { ["type"] = "string", ["examples"] = new JsonArray("now", "2026-03-02T09:00") }),
                "format" => Query(name,
                    "json (the default): the assessment; md or html: a printable report for the case file, as text. Without it, an Accept header that prefers text/markdown or text/html to application/json asks for that report.",
                    Enum(["json", "md", "html"], "json")),
                "case" => Query(name, $"The case reference printed on the report (with format=md or html only); at most {ReportDetails.MaxTextLength} characters, no control characters.",
                    new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = ReportDetails.MaxTextLength }),
                "author" => Query(name, $"Who wrote the report, printed on it (with format=md or html only); at most {ReportDetails.MaxTextLength} characters, no control characters.",
                    new JsonObject { ["type"] = "string", ["minLength"] = 1, ["maxLength"] = ReportDetails.MaxTextLength }),
                "count" => Query(name, $"How many examples to give for each behaviour, 1 to {ExampleEndpoints.MaxCount}.",
                    new JsonObject { ["type"] = "integer", ["format"] = "int32", ["minimum"] = 1, ["maximum"] = ExampleEndpoints.MaxCount, ["default"] = 3 }),
                _ => parameter.DeepClone(),
            });
        }

        if (ReadsAcceptLanguage.Contains(operationId))
        {
            parameters.Add(new JsonObject
            {
                ["name"] = "Accept-Language",
                ["in"] = "header",
                ["description"] = "The languages you read, as browsers send them (nl-BE, nl;q=0.9, en;q=0.8); used when lang is not given.",
                ["schema"] = new JsonObject { ["type"] = "string" },
            });
        }

        if (parameters.Count > 0)
        {
            operation["parameters"] = parameters;
        }

        static JsonObject Query(string name, string description, JsonObject schema) =>
            new() { ["name"] = name, ["in"] = "query", ["description"] = description, ["schema"] = schema };

        static JsonObject Enum(IEnumerable<string> values, string? fallback)
        {
            var schema = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)v).ToArray()) };
            if (fallback is not null)
            {
                schema["default"] = fallback;
            }

            return schema;
        }
    }

    /// <summary>Drops component schemas that nothing refers to any more (the generated parts replaced above).</summary>
    private void RemoveUnused()
    {
        while (true)
        {
            var text = document.ToJsonString();
            var unused = schemas.Select(s => s.Key).Where(name => !text.Contains($"\"{SchemaRef}{name}\"", StringComparison.Ordinal)).ToList();
            if (unused.Count == 0)
            {
                return;
            }

            foreach (var name in unused)
            {
                schemas.Remove(name);
            }
        }
    }

    [GeneratedRegex(@"\b(?:string|int|bool|double|[A-Z]\w*\??) [A-Z]\w*\.([A-Z]\w*)\b")]
    private static partial Regex CSharpMember();

    [GeneratedRegex(@"^Gets (or sets )?")]
    private static partial Regex GetsPrefix();
}

/// <summary>The example incidents shipped in samples/cases, embedded in the API for the document's examples.</summary>
internal static class ShippedCases
{
    private static readonly Lazy<IReadOnlyList<(string Name, string Summary, byte[] Json)>> Cases = new(Load);

    public static IReadOnlyList<(string Name, string Summary, byte[] Json)> All() => Cases.Value;

    private static List<(string Name, string Summary, byte[] Json)> Load()
    {
        var assembly = typeof(ShippedCases).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith("cases/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                var name = Path.GetFileNameWithoutExtension(n["cases/".Length..]);
                var summary = "samples/cases/" + name + ".json: " + CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.Replace('-', ' ')) + ".";
                return (name, summary, memory.ToArray());
            })
            .ToList();
    }
}
