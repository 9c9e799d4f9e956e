using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Localization;

/// <summary>
/// The messages of validation errors behind stable keys, in English (neutral) and Dutch (<c>nl</c>). Kept apart from
/// <see cref="Texts"/>: an error's code and path are the contract, its message is for the person who reads it, in their
/// language. A test checks every key in both languages.
/// </summary>
internal static class ErrorTexts
{
    public static readonly ResourceManager Resources =
        new("Sensoa.Flags.Localization.ErrorTexts", typeof(ErrorTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? key;
}
