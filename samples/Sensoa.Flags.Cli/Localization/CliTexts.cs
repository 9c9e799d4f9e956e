using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Cli.Localization;

/// <summary>
/// The command line's own words (headings, labels, the names it gives flags, settings and jurisdictions) behind stable
/// keys, one table per language in this folder: <c>CliTexts.resx</c> (English, neutral) and <c>CliTexts.nl.resx</c>
/// (Dutch). Another language is one more table here. The library's texts stay in the library's tables.
/// </summary>
internal static class CliTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Cli.Localization.CliTexts", typeof(CliTexts).Assembly);

    /// <summary>Gets the text of <paramref name="key"/> in the culture's language (English when it has no table).</summary>
    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? throw new KeyNotFoundException($"No CLI text '{key}'.");

    /// <summary>Gets the text of <paramref name="key"/> with its placeholders filled in; numbers are written as given.</summary>
    public static string Format(string key, CultureInfo culture, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, Get(key, culture), values);

    /// <summary>Gets the name of an enum value as this language says it: <c>flag.green</c>, <c>setting.youthWork</c> and so on.</summary>
    public static string Name(string prefix, Enum value, CultureInfo culture) => Get(prefix + "." + ContractNames.Of(value), culture);
}
