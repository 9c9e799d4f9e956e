using System.Globalization;
using System.Resources;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Reporting;

/// <summary>The report's labels in English and Dutch (<c>ReportTexts.resx</c>, <c>ReportTexts.nl.resx</c>); a test checks both have every key.</summary>
internal static class ReportTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Localization.ReportTexts", typeof(ReportTexts).Assembly);

    public static string Get(string key, CultureInfo culture) => Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The label of an enum value, under <c>prefix.camelCaseName</c>.</summary>
    public static string Enum<TEnum>(string prefix, TEnum value, CultureInfo culture)
        where TEnum : struct, System.Enum => Get(prefix + "." + EnumNames<TEnum>.Name(value), culture);

    public static string YesNo(bool value, CultureInfo culture) => Get(value ? "report.yes" : "report.no", culture);
}
