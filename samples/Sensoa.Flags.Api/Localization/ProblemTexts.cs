using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Api.Localization;

/// <summary>The API's own texts in its problem documents (titles, details, query errors), in English (neutral) and Dutch (<c>nl</c>).</summary>
internal static class ProblemTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Api.Localization.ProblemTexts", typeof(ProblemTexts).Assembly);

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) => string.Format(CultureInfo.InvariantCulture, Get(key, culture), args);
}
