using Sensoa.Flags.Api.Localization;

namespace Sensoa.Flags.Api.Page;

/// <summary>
/// The page's words from the server, so that its languages are the library's list (<see cref="Languages.Supported"/>) and
/// its texts sit in this assembly's tables (<see cref="PageTexts"/>): <c>GET texts/languages.json</c> gives the codes,
/// the default first, and <c>GET texts/{lang}.json</c> one language's texts, where the page fetched them as files before.
/// Not part of the API's description: they are the page's, as its scripts are.
/// </summary>
internal static class PageTextEndpoints
{
    private const string Json = "application/json";

    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static void MapPageTexts(this IEndpointRouteBuilder app)
    {
        var languages = PageTexts.LanguageList();
        Map(app, "/texts/languages.json", () => languages);

        // One route per language: any other code finds no route and gets the same 404 as a missing file.
        foreach (var code in Languages.Supported)
        {
            var texts = new Lazy<byte[]>(() => PageTexts.Json(Languages.Culture(code)));
            Map(app, $"/texts/{code}.json", () => texts.Value);
        }
    }

    private static void Map(IEndpointRouteBuilder app, string path, Func<byte[]> json) =>
        app.MapMethods(path, Methods, (HttpRequest request) =>
                // Routes match without regard to case; the files were found only as spelled (texts/EN.json was a 404).
                string.Equals(request.Path.Value, path, StringComparison.Ordinal) ? Results.Bytes(json(), Json) : Results.NotFound())
            .ExcludeFromDescription();
}
