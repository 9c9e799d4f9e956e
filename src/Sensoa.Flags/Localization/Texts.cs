using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Resources;

namespace Sensoa.Flags.Localization;

/// <summary>
/// Every text of the library a person reads, behind a stable key, in one table per language: <c>Texts.resx</c> (English,
/// the neutral table) and <c>Texts.nl.resx</c> (Dutch); a culture without a table of its own falls back to English
/// through the resource fallback. A missing key falls back to the key itself so that a gap shows and never crashes; a
/// test checks every key in every language. Key families: flags, criteria and override bases unprefixed (<c>flag.*</c>,
/// <c>criterion.*</c>, <c>basis.*</c>; the rules' own messages are in the Rules assembly's table), <c>error.*</c>, <c>label.*</c>, the guidance's (<c>criteria.*</c>, <c>response.*</c>, ...),
/// the shipped data's (<c>directory.*</c>, <c>example.{id}.description</c>) and <c>report.*</c>.
/// </summary>
internal static class Texts
{
    public static readonly ResourceManager Resources =
        new("Sensoa.Flags.Localization.Texts", typeof(Texts).Assembly);

    /// <summary>
    /// Every text of a culture, resolved once through the resource fallback (nl-BE, nl, neutral): a lookup is then a
    /// dictionary read. A plain dictionary, not a frozen one: a CLI run reads a few dozen texts, fewer than freezing the
    /// table would pay back.
    /// </summary>
    private static readonly ConcurrentDictionary<CultureInfo, Dictionary<string, string>> Tables = new();

    public static string Get(string key, CultureInfo culture) =>
        Table(culture).TryGetValue(key, out var text) ? text : Resources.GetString(key, culture) ?? key;

    /// <summary>Gets the text of a key the table may not have (an optional note, a label of an enum without labels).</summary>
    public static bool TryGet(string key, CultureInfo culture, [NotNullWhen(true)] out string? text) =>
        Table(culture).TryGetValue(key, out text);

    private static Dictionary<string, string> Table(CultureInfo culture) =>
        Tables.TryGetValue(culture, out var table) ? table : Tables.GetOrAdd(culture, static c => Resolve(c));

    private static Dictionary<string, string> Resolve(CultureInfo culture)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var neutral = Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false);
        if (neutral is not null)
        {
            foreach (DictionaryEntry entry in neutral)
            {
                if (entry.Key is string key && Resources.GetString(key, culture) is { } text)
                {
                    texts[key] = text;
                }
            }
        }

        return texts;
    }

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>The text of an enum value, under <c>prefix.camelCaseName</c> (its contract name).</summary>
    public static string Enum<TEnum>(string prefix, TEnum value, CultureInfo culture)
        where TEnum : struct, System.Enum => Get(prefix + "." + Json.EnumNames<TEnum>.Name(value), culture);

    public static string DayShort(DayOfWeek day, CultureInfo culture) => Get("day." + Json.EnumNames<DayOfWeek>.Name(day) + ".short", culture);

    public static string DayLong(DayOfWeek day, CultureInfo culture) => Get("day." + Json.EnumNames<DayOfWeek>.Name(day) + ".long", culture);

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

    /// <summary>The names of the criteria whose bit is set in <paramref name="mask"/> (bit <c>1 &lt;&lt; (int)criterion</c>), in Sensoa's order, joined.</summary>
    public static string JoinCriteria(int mask, CultureInfo culture)
    {
        var names = new List<string>(6);
        foreach (var criterion in System.Enum.GetValues<Criterion>())
        {
            if ((mask & (1 << (int)criterion)) != 0)
            {
                names.Add(Criterion(criterion, culture));
            }
        }

        return Join(names, culture);
    }
}
