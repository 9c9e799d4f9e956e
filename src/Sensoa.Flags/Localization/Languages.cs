using System.Globalization;

namespace Sensoa.Flags;

/// <summary>
/// The languages the library writes its texts in, in one list: English (the default) and Dutch. A culture gets the
/// language it shares its two-letter code with (Flemish <c>nl-BE</c> as well as <c>nl-NL</c> get Dutch); any other
/// culture gets English. Each language has a table beside this file (<c>Texts.resx</c> is English, <c>Texts.nl.resx</c>
/// Dutch): a new language is a new table and a code in <see cref="Supported"/> (its array <c>Codes</c>), and a table in
/// each other assembly's <c>Localization</c> folder, which all take their languages from this list (docs/languages.md).
/// </summary>
public static class Languages
{
    /// <summary>The code of English, the default.</summary>
    public const string English = "en";

    /// <summary>The code of Dutch.</summary>
    public const string Dutch = "nl";

    // The supported codes, the default first: a new language is a code here. The lookups below loop over the array
    // without an enumerator (Of runs for every rule that fires), and keep one culture per code in the same order:
    // CultureInfo.GetCultureInfo takes a process-wide lock on each call, which a busy API's requests contended for (a
    // profile of the load test showed them waiting there).
    private static readonly string[] Codes = [English, Dutch];
    private static readonly CultureInfo[] Cultures = [.. Codes.Select(CultureInfo.GetCultureInfo)];

    /// <summary>Gets the supported language codes, the default first.</summary>
    public static IReadOnlyList<string> Supported { get; } = Array.AsReadOnly(Codes);

    /// <summary>Gets whether <paramref name="code"/> is one of <see cref="Supported"/> (exactly, lower case).</summary>
    /// <param name="code">The code to check.</param>
    /// <returns>True for <c>en</c> and <c>nl</c>.</returns>
    public static bool IsSupported(string? code) => code is not null && Array.IndexOf(Codes, code) >= 0;

    /// <summary>Gets the culture of a supported language code.</summary>
    /// <param name="code">One of <see cref="Supported"/>.</param>
    /// <returns>The culture.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not supported.</exception>
    public static CultureInfo Culture(string code)
    {
        var i = Array.IndexOf(Codes, code);
        return i >= 0
            ? Cultures[i]
            : throw new ArgumentException($"Not a supported language: '{code}'; expected one of {string.Join(", ", Supported)}.", nameof(code));
    }

    /// <summary>Gets whether texts for <paramref name="culture"/> are written in Dutch.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>True for any culture whose language is Dutch.</returns>
    public static bool IsDutch(CultureInfo culture) => Of(culture) == Dutch;

    /// <summary>Gets the code of the language texts for <paramref name="culture"/> are written in.</summary>
    /// <param name="culture">The culture.</param>
    /// <returns>One of <see cref="Supported"/>: <c>nl</c> or <c>en</c>.</returns>
    public static string Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        foreach (var code in Codes)
        {
            if (string.Equals(culture.TwoLetterISOLanguageName, code, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        return English;
    }
}
