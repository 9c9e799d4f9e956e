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
                + "exactly as the command line prints them. Query: lang=en|nl, at=<ISO 8601 time>|now for opening hours.")
            .Accepts<Incident>("application/json")
            .Produces<Assessment>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType); // Accepts(...) makes routing refuse other content types.
    }

    private static async Task<IResult> AssessAsync(HttpContext context, IFlagAssessor assessor, TimeProvider clock, string? lang, string? at)
    {
        if (!QueryOptions.TryParse(lang, at, clock, out var options, out var queryError))
        {
            return queryError;
        }

        var body = await RequestBody.ReadAsync(context.Request, Limits.MaxInputBytes, context.RequestAborted);
        if (body is null)
        {
            return Problems.TooLarge();
        }

        var result = assessor.AssessJson(body, options);
        return result.IsValid
            ? new ContractJsonResult(result.Assessment)
            : Problems.InvalidIncident(result.Errors);
    }
}
