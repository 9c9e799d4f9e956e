using Microsoft.AspNetCore.Mvc;
using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary><c>POST /assessments</c>: the incident as JSON in, the assessment as contract JSON out.</summary>
internal static class AssessmentEndpoints
{
    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        app.MapPost("/assessments", AssessAsync)
            .WithName("Assess")
            .WithSummary("Assess one incident")
            .WithDescription(
                "Validates the incident and gives every behaviour a flag with the rules that fired, the responses and the referrals. "
                + "Invalid input is answered with 400 and a problem document whose errors carry the JSON path of every offending value, "
                + "exactly as the command line prints them. Query: lang=en|nl, at=<ISO 8601 time>|now for opening hours; "
                + "format=json (default)|md|html for a printable report for the case file, with case=<reference> and author=<name> on it. "
                + "The body is exactly what the command line prints for the same input and options, ending with one line feed.")
            .Accepts<Incident>("application/json")
            .Produces<Assessment>(StatusCodes.Status200OK, "application/json", "text/markdown", "text/html")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType); // Accepts(...) makes routing refuse other content types.
    }

    private static async Task<IResult> AssessAsync(HttpContext context, IFlagAssessor assessor, TimeProvider clock, string? lang, string? at, string? format, [FromQuery(Name = "case")] string? caseReference, string? author)
    {
        if (!QueryOptions.TryParse(lang ?? RequestLanguage.FromAcceptLanguage(context.Request), at, clock, out var options, out var queryError))
        {
            return queryError;
        }

        if (!ReportQuery.TryParse(format, caseReference, author, out var reportFormat, out var reportError))
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
            var details = new ReportDetails { AssessedAt = (options.Clock ?? clock).GetUtcNow(), CaseReference = caseReference, Author = author };
            var incident = Json.SensoaJson.ParseIncident(body).Incident!;
            var report = AssessmentReport.Render(incident, result.Assessment, printable, details, options.Culture);
            return Results.Text(report, printable == ReportFormat.Html ? "text/html; charset=utf-8" : "text/markdown; charset=utf-8");
        }

        return new ContractJsonResult(result.Assessment);
    }
}
