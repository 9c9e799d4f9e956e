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

    /// <summary>The code of the one error of a 415 answer; an API code, beside the library's <see cref="ValidationCodes"/>.</summary>
    public const string UnsupportedMediaTypeCode = "unsupportedMediaType";

    /// <summary>
    /// Every problem document the API writes has the same shape: <c>type</c>, <c>title</c>, <c>status</c>, <c>errors</c>
    /// (empty when no input value is at fault, as for a 404) and <c>traceId</c>. The ones that the framework writes itself
    /// (a 415 from routing, a 404, a 405) get them here; a 415 gets the project's own type and error.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Status == StatusCodes.Status415UnsupportedMediaType && problem.Type != UnsupportedMediaTypeType)
        {
            problem.Type = UnsupportedMediaTypeType;
            problem.Title = UnsupportedMediaTypeTitle;
            problem.Detail = UnsupportedMediaTypeDetail;
            problem.Extensions["errors"] = new[] { new ProblemError("$", UnsupportedMediaTypeCode, "expected Content-Type: application/json") };
        }

        problem.Extensions.TryAdd("errors", Array.Empty<ProblemError>());
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }

    /// <summary>A body without <c>Content-Type: application/json</c> (UTF-8, the default, or said as charset=utf-8): 415.</summary>
    /// <param name="why">What was wrong with the Content-Type, for the error's message.</param>
    public static IResult UnsupportedMediaType(string why) => Problem(
        StatusCodes.Status415UnsupportedMediaType,
        UnsupportedMediaTypeType,
        UnsupportedMediaTypeTitle,
        UnsupportedMediaTypeDetail,
        [new ValidationError("$", UnsupportedMediaTypeCode, why)]);

    private const string UnsupportedMediaTypeTitle = "The request body is not JSON.";

    private const string UnsupportedMediaTypeDetail = "Send the incident as UTF-8 with Content-Type: application/json.";

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

    /// <summary>A refusal of the request as a whole (its line or headers), with no input value at fault: no errors.</summary>
    public static IResult Refuse(int status, string type, string title, string detail) => Problem(status, type, title, detail, []);

    private static IResult Problem(int status, string type, string title, string detail, IReadOnlyList<ValidationError> errors)
    {
        var problem = new ProblemDetails { Status = status, Type = type, Title = title, Detail = detail };
        problem.Extensions["errors"] = errors.Select(e => new ProblemError(e.Path, e.Code, e.Message)).ToArray();
        return Results.Problem(problem);
    }
}
