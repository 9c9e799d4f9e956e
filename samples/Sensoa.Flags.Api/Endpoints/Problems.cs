using Microsoft.AspNetCore.Mvc;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// The RFC 9457 problem documents of the API. Input errors carry an <c>errors</c> array of <c>{ path, code, message }</c>
/// with the same JSON paths, codes and messages as the library and the command line.
/// </summary>
internal static class Problems
{
    public const string InvalidIncidentType = "urn:sensoa-flags:problem:invalid-incident";
    public const string InvalidQueryType = "urn:sensoa-flags:problem:invalid-query";
    public const string TooLargeType = "urn:sensoa-flags:problem:too-large";
    public const string BadBodyType = "urn:sensoa-flags:problem:bad-body";
    public const string UnsupportedMediaTypeType = "urn:sensoa-flags:problem:unsupported-media-type";

    /// <summary>
    /// The problem documents that the framework writes itself (a 415 from routing, when the body is not JSON) get the
    /// project's own type and an <c>errors</c> array like every other answer, instead of a generic RFC link.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
        {
            context.ProblemDetails.Type = UnsupportedMediaTypeType;
            context.ProblemDetails.Title = "The request body is not JSON.";
            context.ProblemDetails.Detail = "Send the incident with Content-Type: application/json.";
            context.ProblemDetails.Extensions["errors"] = new[] { new ProblemError("$", "unsupportedMediaType", "expected Content-Type: application/json") };
        }
    }

    public static IResult InvalidIncident(IReadOnlyList<ValidationError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        InvalidIncidentType,
        "The incident is not valid.",
        $"{errors.Count} problem(s) found; each error names the offending value by its JSON path.",
        errors);

    public static IResult InvalidQuery(IReadOnlyList<ValidationError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        InvalidQueryType,
        "The query is not valid.",
        "Each error names the query parameter.",
        errors);

    public static IResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge,
        TooLargeType,
        "The request body is too large.",
        $"The limit is {Limits.MaxInputBytes} bytes.",
        [new ValidationError("$", ValidationCodes.TooLarge, $"the input is larger than {Limits.MaxInputBytes} bytes, the limit")]);

    /// <summary>The body could not be read as HTTP frames it: bad chunk framing or cut short (400), or too slow (408).</summary>
    public static IResult BadBody(int status) => Problem(
        status == StatusCodes.Status408RequestTimeout ? status : StatusCodes.Status400BadRequest,
        BadBodyType,
        "The request body could not be read.",
        "The body was framed wrongly (chunked transfer coding), cut short, or sent too slowly; send it again in one piece.",
        [new ValidationError("$", ValidationCodes.InvalidJson, "the request body could not be read in full")]);

    private static IResult Problem(int status, string type, string title, string detail, IReadOnlyList<ValidationError> errors)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        problem.Extensions["errors"] = errors.Select(e => new ProblemError(e.Path, e.Code, e.Message)).ToArray();
        return Results.Problem(problem);
    }
}
