using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary><c>POST /assessments</c>: the incident as JSON in, the assessment as contract JSON out.</summary>
internal static class AssessmentEndpoints
{
    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/assessments", AssessAsync)
            .WithName("Assess")
            .WithTags(ApiTags.Assessments)
            .WithSummary("Assess one incident")
            .WithDescription(
                "Checks the incident and gives every behaviour a flag, with the rules that fired, what to do for each person and the "
                + "organisations to turn to. A wrong incident is answered with 400 and a problem whose errors name each wrong value by "
                + "its JSON path, as the command line prints them. The answer is exactly what the command line prints for the same "
                + "input and options, ending with one line feed. With format=md or format=html (or, without format, an Accept header "
                + "that prefers text/markdown or text/html) the answer is a printable report for the case file instead, as text.")
            .Accepts<Incident>("application/json")
            .Produces<Assessment>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType); // The handler refuses a body that is not UTF-8 JSON.
    }

    /// <summary>Without <c>format</c>: the report when Accept prefers text/markdown or text/html to JSON, else JSON (null).</summary>
    internal static string? FormatFromAccept(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return null;
        }

        double Quality(string mediaType) => accepted
            .Where(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1)
            .DefaultIfEmpty(0)
            .Max();

        var (json, md, html) = (Quality("application/json"), Quality("text/markdown"), Quality("text/html"));
        return md > json && md >= html ? "md" : html > json && html > md ? "html" : null;
    }

    private static async Task<IResult> AssessAsync(HttpContext context, IFlagAssessor assessor, TimeProvider clock, string? lang, string? at, string? format, [FromQuery(Name = "case")] string? caseReference, string? author)
    {
        if (!QueryOptions.TryParse(lang, at, clock, out var options, out var queryError))
        {
            return queryError;
        }

        if (!ReportQuery.TryParse(format ?? FormatFromAccept(context.Request), caseReference, author, out var reportFormat, out var reportError))
        {
            return reportError;
        }

        var (body, bodyProblem) = await RequestBody.ReadAsync(context, Limits.MaxInputBytes);
        if (body is null)
        {
            return bodyProblem!;
        }

        var result = assessor.AssessJson(body, options);
        if (!result.IsValid)
        {
            return Problems.InvalidIncident(result.Errors);
        }

        if (reportFormat is { } printable)
        {
            var details = new ReportDetails { AssessedAt = (options.TimeProvider ?? clock).GetUtcNow(), CaseReference = caseReference, Author = author };
            var incident = Json.SensoaJson.ParseIncident(body).Incident!;
            var report = AssessmentReport.Render(incident, result.Assessment, printable, details, options.Culture);
            return Results.Text(report, printable == ReportFormat.Html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8");
        }

        return new ContractJsonResult(result.Assessment);
    }
}
