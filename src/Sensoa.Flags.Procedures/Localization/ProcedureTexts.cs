using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Procedures.Localization;

/// <summary>
/// The procedures' texts for people, behind stable keys, in English (neutral) and Dutch (<c>nl</c>).
/// A missing key falls back to the key itself so that a gap shows and never crashes; a test checks every key in both languages.
/// </summary>
internal static class ProcedureTexts
{
    public static readonly ResourceManager Resources =
        new("Sensoa.Flags.Procedures.Localization.Procedures", typeof(ProcedureTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>An error whose message is one of these texts: English as made, in the caller's language after <see cref="ValidationError.Localize"/>.</summary>
    public static ValidationError Error(string path, string code, string key, params object?[] args) =>
        ValidationError.FromResource(path, code, Resources, key, args);
}
