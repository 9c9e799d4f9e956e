using System.Globalization;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// How the history rules name the entries they rest on: id, date (yyyy-mm-dd in every language) and flag. Which entry is
/// named never depends on the order of the input: the latest, and on the same day the lowest id (ordinal).
/// </summary>
internal static class HistoryTexts
{
    /// <summary>The most entries one consideration names; the rest are counted.</summary>
    public const int MaxNamed = 5;

    /// <summary>The <paramref name="most"/> latest entries, latest first, ties by id, and how many there are in all.</summary>
    public static (IReadOnlyList<HistoryEntry> Latest, int Count) Latest(IEnumerable<HistoryFact> facts, int most)
    {
        var all = facts.Select(fact => fact.Entry).ToList();
        var latest = all
            .OrderByDescending(entry => entry.OccurredOn)
            .ThenBy(entry => entry.Id, StringComparer.Ordinal)
            .Take(most)
            .ToArray();
        return (latest, all.Count);
    }

    /// <summary>One entry: "entry h1 of 2026-10-03 (yellow)".</summary>
    public static string Entry(HistoryEntry entry, CultureInfo culture) =>
        RuleTexts.Format("history.entry", culture, entry.Id, Date(entry.OccurredOn), RuleTexts.Flag(entry.Flag, culture));

    /// <summary>The count of further entries, or nothing when there are none.</summary>
    public static string More(int more, CultureInfo culture) =>
        more > 0 ? RuleTexts.Format("history.more", culture, more.ToString(CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>A date as the contract writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
