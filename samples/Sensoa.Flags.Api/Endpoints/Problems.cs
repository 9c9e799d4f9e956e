using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Sensoa.Flags.Api.Localization;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// The RFC 9457 problem documents of the API. Input errors carry an <c>errors</c> array of <c>{ path, code, message }</c>
/// with the same JSON paths, codes and messages as the library and the command line. Titles, details and messages are
/// in the request's language (<c>lang</c>, else <c>Accept-Language</c>, else English); types, paths and codes never change.
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
            var culture = RequestLanguage.Of(context.HttpContext.Request);
            problem.Type = UnsupportedMediaTypeType;
            problem.Title = ProblemTexts.Get("title.unsupportedMediaType", culture);
            problem.Detail = ProblemTexts.Get("detail.unsupportedMediaType", culture);
            problem.Extensions["errors"] = new[] { new ProblemError("$", UnsupportedMediaTypeCode, ProblemTexts.Get("error.unsupportedMediaType", culture)) };
        }

        problem.Extensions.TryAdd("errors", Array.Empty<ProblemError>());
        problem.Extensions.TryAdd("traceId", System.Diagnostics.Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
    }

    /// <summary>A body without <c>Content-Type: application/json</c> (UTF-8, the default, or said as charset=utf-8): 415.</summary>
    /// <param name="key">What was wrong with the Content-Type: the key of its text, as <see cref="RequestBody.ContentTypeProblem"/> gives it.</param>
    public static IResult UnsupportedMediaType(string key) => Problem(
        StatusCodes.Status415UnsupportedMediaType,
        UnsupportedMediaTypeType,
        "title.unsupportedMediaType",
        "detail.unsupportedMediaType",
        [],
        [LocalizedError.Api("$", UnsupportedMediaTypeCode, key)]);

    public static IResult InvalidIncident(IReadOnlyList<ValidationError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        InvalidIncidentType,
        "title.invalidIncident",
        errors.Count == 1 ? "detail.invalidIncident.one" : "detail.invalidIncident.other",
        [errors.Count],
        [.. errors.Select(LocalizedError.Library)]);

    public static IResult InvalidQuery(IReadOnlyList<LocalizedError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        InvalidQueryType,
        "title.invalidQuery",
        "detail.invalidQuery",
        [],
        errors);

    public static IResult TooLarge() => Problem(
        StatusCodes.Status413PayloadTooLarge,
        TooLargeType,
        "title.tooLarge",
        "detail.tooLarge",
        [Limits.MaxInputBytes],
        [LocalizedError.Api("$", ValidationCodes.TooLarge, "error.tooLarge", Limits.MaxInputBytes)]);

    /// <summary>The body could not be read as HTTP frames it: bad chunk framing or cut short (400), or too slow (408).</summary>
    public static IResult BadBody(int status) => Problem(
        status == StatusCodes.Status408RequestTimeout ? status : StatusCodes.Status400BadRequest,
        BadBodyType,
        "title.badBody",
        "detail.badBody",
        [],
        [LocalizedError.Api("$", ValidationCodes.InvalidJson, "error.badBody")]);

    /// <summary>A refusal of the request as a whole (its line or headers), with no input value at fault: no errors. Its texts are English.</summary>
    public static IResult Refuse(int status, string type, string title, string detail) =>
        new LocalizedProblem(status, type, _ => title, _ => detail, []);

    private static IResult Problem(int status, string type, string titleKey, string detailKey, object?[] detailArgs, IReadOnlyList<LocalizedError> errors) =>
        new LocalizedProblem(status, type, c => ProblemTexts.Get(titleKey, c), c => ProblemTexts.Format(detailKey, c, detailArgs), errors);

    /// <summary>A problem document written in the request's language when it is sent.</summary>
    private sealed class LocalizedProblem(int status, string type, Func<CultureInfo, string> title, Func<CultureInfo, string> detail, IReadOnlyList<LocalizedError> errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var culture = RequestLanguage.Of(httpContext.Request);
            var problem = new ProblemDetails { Status = status, Type = type, Title = title(culture), Detail = detail(culture) };
            problem.Extensions["errors"] = errors.Select(e => e.In(culture)).ToArray();
            return Results.Problem(problem).ExecuteAsync(httpContext);
        }
    }
}
