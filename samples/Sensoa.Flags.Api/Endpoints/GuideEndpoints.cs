using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// <c>GET /criteria</c> and <c>GET /pitfalls</c>: the criteria described at each flag level, and the pitfalls of giving a
/// flag, as the same JSON the command line prints with <c>--format json</c>. The language comes from <c>lang=en|nl</c>,
/// else from <c>Accept-Language</c>, else English.
/// </summary>
internal static class GuideEndpoints
{
    public static void MapGuides(this IEndpointRouteBuilder app)
    {
        app.MapGet("/criteria", (HttpRequest request, string? lang) => Answer(request, lang, c => GuidanceJson.Serialize(SensoaCriteria.Guide(c))))
            .WithName("DescribeCriteria")
            .WithTags(ApiTags.Guidance)
            .WithSummary("Describe the six criteria at each flag level")
            .WithDescription("What each flag means and what each of the six criteria looks like at green, yellow, red and black, "
                + "in the library's own words, with the published source.")
            .Produces<CriteriaGuide>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);

        app.MapGet("/pitfalls", (HttpRequest request, string? lang) => Answer(request, lang, c => GuidanceJson.Serialize(SensoaPitfalls.Guide(c))))
            .WithName("ListPitfalls")
            .WithTags(ApiTags.Guidance)
            .WithSummary("List the four pitfalls of giving a flag")
            .WithDescription("Each pitfall by its name as the source prints it, what goes wrong and what to do instead.")
            .Produces<PitfallGuide>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    /// <summary>Answers with the JSON <paramref name="serialize"/> writes in the language asked for, or a problem for a bad <c>lang</c>.</summary>
    internal static IResult Answer(HttpRequest request, string? lang, Func<CultureInfo, string> serialize)
    {
        if (lang is not null && !Languages.IsSupported(lang))
        {
            return Problems.InvalidQuery([LocalizedError.Api("?lang", ValidationCodes.UnknownValue, "error.notAllowed", string.Join(", ", Languages.Supported))]);
        }

        var culture = RequestLanguage.Of(request);
        return Results.Text(serialize(culture), "application/json", Encoding.UTF8);
    }
}
