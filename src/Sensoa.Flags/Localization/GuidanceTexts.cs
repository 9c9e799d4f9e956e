using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Localization;

/// <summary>
/// The texts of the guidance (responses, opening hours, consent to consult) behind stable keys, in English (neutral) and
/// Dutch (<c>nl</c>). Kept apart from <see cref="Texts"/> so that the rules' texts and the guidance's can change separately;
/// a test checks every key in both languages.
/// </summary>
internal static class GuidanceTexts
{
    public static readonly ResourceManager Resources =
        new("Sensoa.Flags.Localization.GuidanceTexts", typeof(GuidanceTexts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    public static string DayShort(DayOfWeek day, CultureInfo culture) => Get("day." + Json.EnumNames<DayOfWeek>.Name(day) + ".short", culture);

    public static string DayLong(DayOfWeek day, CultureInfo culture) => Get("day." + Json.EnumNames<DayOfWeek>.Name(day) + ".long", culture);
}
