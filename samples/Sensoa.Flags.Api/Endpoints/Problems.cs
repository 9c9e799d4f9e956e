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

    /// <summary>
    /// The problem documents that the framework writes itself (a 415 from routing, when the body is not JSON) get the
    /// project's own type and an <c>errors</c> array like every other answer, instead of a generic RFC link.
    /// </summary>
    public static void Customize(ProblemDetailsContext context)
    {
        if (context.ProblemDetails.Status == StatusCodes.Status415UnsupportedMediaType)
        {
            var culture = RequestLanguage.Of(context.HttpContext.Request);
            context.ProblemDetails.Type = UnsupportedMediaTypeType;
            context.ProblemDetails.Title = ProblemTexts.Get("title.unsupportedMediaType", culture);
            context.ProblemDetails.Detail = ProblemTexts.Get("detail.unsupportedMediaType", culture);
            context.ProblemDetails.Extensions["errors"] = new[] { new ProblemError("$", "unsupportedMediaType", ProblemTexts.Get("error.unsupportedMediaType", culture)) };
        }
    }

    public static IResult InvalidIncident(IReadOnlyList<ValidationError> errors) => Problem(
        StatusCodes.Status400BadRequest,
        InvalidIncidentType,
        "title.invalidIncident",
        errors.Count == 1 ? "detail.invalidIncident.one" : "detail.invalidIncident.other",
        [errors.Count],
        errors);

    public static IResult InvalidQuery(IReadOnlyList<ValidationError> errors) => Problem(
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
        [ProblemTexts.Error("$", ValidationCodes.TooLarge, "error.tooLarge", Limits.MaxInputBytes)]);

    /// <summary>The body could not be read as HTTP frames it: bad chunk framing or cut short (400), or too slow (408).</summary>
    public static IResult BadBody(int status) => Problem(
        status == StatusCodes.Status408RequestTimeout ? status : StatusCodes.Status400BadRequest,
        BadBodyType,
        "title.badBody",
        "detail.badBody",
        [],
        [ProblemTexts.Error("$", ValidationCodes.InvalidJson, "error.badBody")]);

    private static IResult Problem(int status, string type, string titleKey, string detailKey, object?[] detailArgs, IReadOnlyList<ValidationError> errors) =>
        new LocalizedProblem(status, type, titleKey, detailKey, detailArgs, errors);

    /// <summary>A problem document written in the request's language when it is sent.</summary>
    private sealed class LocalizedProblem(int status, string type, string titleKey, string detailKey, object?[] detailArgs, IReadOnlyList<ValidationError> errors) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var culture = RequestLanguage.Of(httpContext.Request);
            var problem = new ProblemDetails
            {
                Status = status,
                Type = type,
                Title = ProblemTexts.Get(titleKey, culture),
                Detail = ProblemTexts.Format(detailKey, culture, detailArgs),
            };
            problem.Extensions["errors"] = errors
                .Select(e => ProblemTexts.Localize(e, culture))
                .Select(e => new ProblemError(e.Path, e.Code, e.Message))
                .ToArray();
            return Results.Problem(problem).ExecuteAsync(httpContext);
        }
    }
}
