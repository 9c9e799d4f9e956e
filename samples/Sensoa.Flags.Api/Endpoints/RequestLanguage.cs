using System.Globalization;
using Microsoft.Net.Http.Headers;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The language a request asks for: <c>lang=en|nl</c>, else <c>Accept-Language</c>, else English.</summary>
internal static class RequestLanguage
{
    /// <summary>The language of the request; a <c>lang</c> that is not allowed counts as absent (its problem is then written in the header's language).</summary>
    public static CultureInfo Of(HttpRequest request)
    {
        var lang = request.Query["lang"].ToString();
        return Languages.Culture(Languages.IsSupported(lang) ? lang : FromAcceptLanguage(request));
    }

    /// <summary>The language of the request when <paramref name="lang"/> is given and allowed, else from the header.</summary>
    public static CultureInfo Of(HttpRequest request, string? lang) =>
        Languages.Culture(lang is not null && Languages.IsSupported(lang) ? lang : FromAcceptLanguage(request));

    /// <summary>The first of en or nl in the header by quality (nl-BE counts as nl); English when neither is asked for or the header is malformed.</summary>
    public static string FromAcceptLanguage(HttpRequest request)
    {
        if (!StringWithQualityHeaderValue.TryParseList(request.Headers.AcceptLanguage, out var languages))
        {
            return Languages.English;
        }

        foreach (var language in languages.Where(l => l.Quality is null or > 0).OrderByDescending(l => l.Quality ?? 1))
        {
            var primary = (language.Value.Value ?? string.Empty).Split('-')[0];
            if (primary.Equals(Languages.Dutch, StringComparison.OrdinalIgnoreCase))
            {
                return Languages.Dutch;
            }

            if (primary.Equals(Languages.English, StringComparison.OrdinalIgnoreCase))
            {
                return Languages.English;
            }
        }

        return Languages.English;
    }
}
