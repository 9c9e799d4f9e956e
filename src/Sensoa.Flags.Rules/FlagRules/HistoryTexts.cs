using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// How the history rules name the entries they rest on: id, date (yyyy-mm-dd in every language) and flag. Which entry is
/// named never depends on the order of the input: the latest, and on the same day the lowest id (ordinal).
/// </summary>
internal static class HistoryTexts
{
    /// <summary>The most entries one consideration names; the rest are counted.</summary>
    public const int MaxNamed = 5;

    /// <summary>The entries from the latest to the earliest, ties by id: the same order for every order of the input.</summary>
    public static HistoryEntry[] Latest(IEnumerable<HistoryFact> facts)
    {
        var entries = facts.Select(f => f.Entry).ToArray();
        Array.Sort(entries, static (a, b) =>
            b.OccurredOn.CompareTo(a.OccurredOn) is var byDate and not 0 ? byDate : string.CompareOrdinal(a.Id, b.Id));
        return entries;
    }

    /// <summary>One entry: "h1 of 2026-10-03 (yellow)".</summary>
    public static string Entry(HistoryEntry entry, CultureInfo culture) =>
        Texts.Format("history.entry", culture, entry.Id, Date(entry.OccurredOn), Texts.Flag(entry.Flag, culture));

    /// <summary>The count of further entries, or nothing when there are none.</summary>
    public static string More(int more, CultureInfo culture) =>
        more > 0 ? Texts.Format("history.more", culture, more.ToString(CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>A date as the contract writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);

    /// <summary>A firing of a history rule that names the latest of <paramref name="facts"/>.</summary>
    public static FiredRule Firing(string id, string variant, Flag from, Flag to, IEnumerable<HistoryFact> facts, CultureInfo culture)
    {
        var entries = Latest(facts);
        var message = Texts.Format(
            $"rule.{id}.{variant}", culture, Entry(entries[0], culture), More(entries.Length - 1, culture), Texts.Flag(from, culture));
        return new FiredRule(id, from, to, message);
    }
}
