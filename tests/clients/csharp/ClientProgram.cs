// A small program written as an integrator would, against the C# client that Kiota generates from the API's OpenAPI
// document (namespace Sensoa.Flags.Client). The API tests generate the client, compile it with this file (no edits to
// either) and call each method against the API in-process; a method throws when the API or the client disappoints.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using Sensoa.Flags.Client;
using Sensoa.Flags.Client.Assessments;
using Sensoa.Flags.Client.Models;

public static class ClientProgram
{
    private static SensoaFlagsClient Client(HttpClient http, out IRequestAdapter adapter)
    {
        adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http)
        {
            BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
        };
        return new SensoaFlagsClient(adapter);
    }

    private static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("client check failed: " + what);
        }
    }

    /// <summary>Reads an incident file into the generated model, as an integrator holding JSON would.</summary>
    private static async Task<Incident> ReadIncidentAsync(string file) =>
        (await KiotaJsonSerializer.DeserializeAsync(await File.ReadAllTextAsync(file), Incident.CreateFromDiscriminatorValue))!;

    /// <summary>Every shipped case through POST /assessments: "file: flag,flag,..." per case (none for no flag).</summary>
    public static async Task<List<string>> AssessEveryCaseAsync(HttpClient http, string casesDirectory)
    {
        var client = Client(http, out _);
        var lines = new List<string>();
        foreach (var file in Directory.GetFiles(casesDirectory, "*.json").Order(StringComparer.Ordinal))
        {
            var incident = await ReadIncidentAsync(file);
            var assessment = await client.Assessments.PostAsync(incident, c =>
            {
                c.QueryParameters.LangAsPostLangQueryParameterType = PostLangQueryParameterType.Nl;
                c.QueryParameters.At = "2026-03-02T09:00";
            });
            Check(assessment is not null, file);
            Check(assessment!.Behaviours!.Count == incident.Behaviours!.Count, file + ": one assessment per behaviour");
            Check(!string.IsNullOrEmpty(assessment.RuleSetVersion), "ruleSetVersion");
            foreach (var behaviour in assessment.Behaviours)
            {
                Check(behaviour.FiredRules is not null && behaviour.Responses is not null, file + ": rules and responses");
                Check(behaviour.Status is AssessmentStatus.Complete or AssessmentStatus.InsufficientInformation, file + ": status");
            }

            Check(assessment.Referrals!.All(r => r.Availability is not null), file + ": with a time, every referral says whether it is open");
            lines.Add(Path.GetFileName(file) + ": " + string.Join(",", assessment.Behaviours.Select(b => b.Flag?.ToString().ToLowerInvariant() ?? "none")));
        }

        return lines;
    }

    /// <summary>The report of one case as text, through the generated request and Kiota's adapter: markdown, then html.</summary>
    public static async Task<List<string>> ReadReportsAsync(HttpClient http, string caseFile)
    {
        var client = Client(http, out var adapter);
        var incident = await ReadIncidentAsync(caseFile);
        var reports = new List<string>();
        foreach (var (format, accept) in new[] { (PostFormatQueryParameterType.Md, "text/markdown"), (PostFormatQueryParameterType.Html, "text/html") })
        {
            var request = client.Assessments.ToPostRequestInformation(incident, c =>
            {
                c.QueryParameters.FormatAsPostFormatQueryParameterType = format;
                c.QueryParameters.Case = "2026-014";
                c.Headers.Add("Accept", accept);
            });
            await using var stream = await adapter.SendPrimitiveAsync<Stream>(request, ErrorMapping());
            using var reader = new StreamReader(stream!);
            reports.Add(await reader.ReadToEndAsync());
        }

        return reports;
    }

    /// <summary>A refused incident read as the typed problem: "status code path" per error, then the trace id.</summary>
    public static async Task<List<string>> ReadRefusalAsync(HttpClient http)
    {
        var client = Client(http, out _);
        var incident = new Incident
        {
            Jurisdiction = Jurisdiction.Flanders,
            Setting = Setting.School,
            People = [new Person { Id = "p1", AgeYears = 14 }],
            Behaviours =
            [
                new Behaviour
                {
                    Id = "b1",
                    ActorId = "nobody",
                    Criteria = new Criteria
                    {
                        Consent = CriterionRating.Green, Voluntariness = CriterionRating.Green, Equality = CriterionRating.Green,
                        Development = CriterionRating.Green, Context = CriterionRating.Green, Impact = CriterionRating.Green,
                    },
                },
            ],
        };
        try
        {
            await client.Assessments.PostAsync(incident);
        }
        catch (Problem problem)
        {
            var lines = problem.Errors!.Select(e => $"{problem.Status} {e.Code} {e.Path}").ToList();
            lines.Add("traceId " + (string.IsNullOrEmpty(problem.TraceId) ? "missing" : "present"));
            lines.Add("type " + problem.Type);
            return lines;
        }

        throw new InvalidOperationException("client check failed: an actor who is nobody was accepted");
    }

    /// <summary>A language the API does not have, sent as the raw string the typed enum cannot hold: the problem's errors.</summary>
    public static async Task<List<string>> ReadQueryRefusalAsync(HttpClient http)
    {
        var client = Client(http, out _);
        try
        {
            // Kiota keeps the string form beside the typed one (and marks it obsolete): the only way to send what the enum cannot hold.
#pragma warning disable CS0618
            await client.Referrals.GetAsync(c => c.QueryParameters.Lang = "de");
#pragma warning restore CS0618
        }
        catch (Problem problem)
        {
            return problem.Errors!.Select(e => $"{problem.Status} {e.Code} {e.Path}").ToList();
        }

        throw new InvalidOperationException("client check failed: lang=de was accepted");
    }

    /// <summary>The body sent without a Content-Type: 415 read as the typed problem.</summary>
    public static async Task<string> SendWithoutContentTypeAsync(HttpClient http, string caseFile)
    {
        var client = Client(http, out var adapter);
        var request = client.Assessments.ToPostRequestInformation(await ReadIncidentAsync(caseFile));
        request.Headers.Remove("Content-Type");
        try
        {
            await adapter.SendAsync(request, Assessment.CreateFromDiscriminatorValue, ErrorMapping());
        }
        catch (Problem problem)
        {
            return $"{problem.Status} {problem.Errors!.Single().Code} {problem.Errors!.Single().Path}";
        }

        throw new InvalidOperationException("client check failed: a body without Content-Type was assessed");
    }

    /// <summary>The other operations: referrals, criteria, pitfalls, rules and examples, each with its typed parameters.</summary>
    public static async Task<List<string>> CallTheOtherOperationsAsync(HttpClient http, string caseFile)
    {
        var client = Client(http, out _);
        var lines = new List<string>();

        var referrals = await client.Referrals.GetAsync(c => c.QueryParameters.At = "now");
        Check(referrals!.Referrals!.Count > 0 && referrals.Referrals.All(r => r.Availability is not null), "referrals open now or not");
        lines.Add($"referrals {referrals.Referrals.Count}");

        var criteria = await client.Criteria.GetAsync(c => c.Headers.Add("Accept-Language", "nl-BE, en;q=0.5"));
        lines.Add($"criteria {criteria!.Language} {criteria.Criteria!.Count} {criteria.Flags!.Count}");

        var pitfalls = await client.Pitfalls.GetAsync(c => c.QueryParameters.LangAsGetLangQueryParameterType = Sensoa.Flags.Client.Pitfalls.GetLangQueryParameterType.Nl);
        lines.Add($"pitfalls {pitfalls!.Language} {pitfalls.Pitfalls!.Count}");

        var rules = await client.Rules.GetAsync();
        Check(rules!.Rules!.All(r => r.Source is not null && !string.IsNullOrEmpty(r.Id)), "every rule with its source");
        lines.Add($"rules {rules.Language} {rules.Rules.Count > 10}");

        var examples = await client.Examples.PostAsync(await ReadIncidentAsync(caseFile), c => c.QueryParameters.Count = 2);
        lines.Add("examples " + string.Join(",", examples!.Behaviours!.Select(b => $"{b.BehaviourId}={b.Matches!.Count}")));
        return lines;
    }

    private static Dictionary<string, ParsableFactory<IParsable>> ErrorMapping() => new()
    {
        ["4XX"] = Problem.CreateFromDiscriminatorValue,
    };
}
