using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// The language a request asks for, by ASP.NET Core's request localization: <c>lang=en|nl</c>, else
/// <c>Accept-Language</c> (nl-BE counts as nl), else English. The language is the request's UI culture; its formatting
/// culture stays the invariant one, so that no number or date in an answer depends on the language.
/// </summary>
internal static class RequestLanguage
{
    private static readonly CultureInfo English = Languages.Culture(Languages.English);

    /// <summary>Reads the request's language before anything answers, problems from routing and limits included.</summary>
    public static IApplicationBuilder UseRequestLanguage(this IApplicationBuilder app)
    {
        var languages = Languages.Supported.Select(Languages.Culture).ToList();
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(CultureInfo.InvariantCulture, English),
            SupportedCultures = [CultureInfo.InvariantCulture],
            SupportedUICultures = languages,
            RequestCultureProviders =
            [
                // Exactly a supported code: a lang that is not allowed counts as absent (its problem is then written in the header's language).
                new CustomRequestCultureProvider(context => Task.FromResult(
                    context.Request.Query["lang"].ToString() is var lang && Languages.IsSupported(lang) ? new ProviderCultureResult(lang) : null)),
                new AcceptableLanguages(),
            ],
        };
        return app.UseRequestLocalization(options);
    }

    /// <summary>The language of the request (English where the middleware did not run, as for a connection-level answer).</summary>
    public static CultureInfo Of(HttpRequest request) =>
        request.HttpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? English;

    /// <summary>
    /// <c>Accept-Language</c> as the framework's provider reads it (by quality, ties in the header's order), except that
    /// every value is tried and one with <c>q=0</c> is not acceptable (RFC 9110) rather than a last resort.
    /// </summary>
    private sealed class AcceptableLanguages : RequestCultureProvider
    {
        public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
        {
            var acceptable = httpContext.Request.GetTypedHeaders().AcceptLanguage
                .Where(language => language.Quality is not 0)
                .OrderByDescending(language => language.Quality ?? 1)
                .Select(language => language.Value)
                .ToList();
            return Task.FromResult(acceptable.Count == 0 ? null : new ProviderCultureResult(acceptable));
        }
    }
}
