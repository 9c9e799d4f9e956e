using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Localization;

/// <summary>
/// Every text a person reads, behind a stable key, in English (neutral) and Dutch (<c>nl</c>).
/// A missing key falls back to the key itself so that a gap shows and never crashes; a test checks every key in both languages.
/// </summary>
internal static class Texts
{
    public static readonly ResourceManager Resources =
        new("Sensoa.Flags.Localization.Texts", typeof(Texts).Assembly);

    public static string Get(string key, CultureInfo culture) =>
        Resources.GetString(key, culture) ?? key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    public static string Flag(Flag? flag, CultureInfo culture) => flag switch
    {
        Flags.Flag.Green => Get("flag.green", culture),
        Flags.Flag.Yellow => Get("flag.yellow", culture),
        Flags.Flag.Red => Get("flag.red", culture),
        Flags.Flag.Black => Get("flag.black", culture),
        _ => Get("flag.none", culture),
    };

    public static string Criterion(Criterion criterion, CultureInfo culture) =>
        Get("criterion." + Json.EnumNames<Criterion>.Name(criterion), culture);

    public static string Basis(OverrideBasis basis, CultureInfo culture) =>
        Get("basis." + Json.EnumNames<OverrideBasis>.Name(basis), culture);

    public static string Join(IEnumerable<string> parts, CultureInfo culture) =>
        string.Join(Get("list.separator", culture), parts);
}
