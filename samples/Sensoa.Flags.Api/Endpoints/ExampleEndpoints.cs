using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary><c>POST /examples</c>: per behaviour of an incident, the closest worked examples of the library.</summary>
internal static class ExampleEndpoints
{
    public const int MaxCount = 10;

    public static void MapExamples(this IEndpointRouteBuilder app)
    {
        app.MapPost("/examples", FindAsync)
            .WithName("ClosestExamples")
            .WithTags(ApiTags.Examples)
            .WithSummary("Find the worked examples closest to each behaviour of an incident")
            .WithDescription(
                "Step 4 of giving a flag: compare with a worked example. The incident is checked as for an assessment (the same "
                + "problem on a wrong incident); the answer lists, for each behaviour in the order given, the library's own worked "
                + "examples, nearest first.")
            .Accepts<Incident>("application/json")
            .Produces<ExampleList>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> FindAsync(HttpContext context, IFlagAssessor assessor, TimeProvider clock, string? lang, string? count)
    {
        if (!QueryOptions.TryParse(lang, null, clock, out var options, out var queryError))
        {
            return queryError;
        }

        var howMany = 3;
        if (count is not null && (!int.TryParse(count, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out howMany) || howMany is < 1 or > MaxCount))
        {
            return Problems.InvalidQuery([LocalizedError.Api("?count", ValidationCodes.Invalid, "error.count", MaxCount)]);
        }

        var (body, bodyProblem) = await RequestBody.ReadAsync(context, Limits.MaxInputBytes);
        if (body is null)
        {
            return bodyProblem!;
        }

        // The assessor's validation is the full one (dangling and duplicate ids too): the same errors as POST /assessments.
        var verdict = assessor.AssessJson(body, options);
        var parsed = SensoaJson.ParseIncident(body);
        if (!verdict.IsValid || !parsed.IsValid)
        {
            return Problems.InvalidIncident(verdict.IsValid ? parsed.Errors : verdict.Errors);
        }

        var behaviours = parsed.Incident.Behaviours
            .Select(b => new BehaviourExamples(b.Id, WorkedExamples.Closest(parsed.Incident, b.Id, howMany, options.Culture)))
            .ToArray();
        return Results.Ok(new ExampleList(WorkedExamples.Version, behaviours));
    }
}
