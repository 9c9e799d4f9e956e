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

    /// <summary>
    /// The <paramref name="most"/> latest entries, latest first, ties by id, and how many there are in all: the same for
    /// every order of the input. One pass with a short sorted list, since a rule names one entry and a consideration five.
    /// </summary>
    public static (IReadOnlyList<HistoryEntry> Latest, int Count) Latest(IEnumerable<HistoryFact> facts, int most)
    {
        var latest = new List<HistoryEntry>(most + 1);
        var count = 0;
        foreach (var fact in facts)
        {
            count++;
            var entry = fact.Entry;
            var at = latest.Count;
            while (at > 0 && Before(entry, latest[at - 1]))
            {
                at--;
            }

            if (at < most)
            {
                latest.Insert(at, entry);
                if (latest.Count > most)
                {
                    latest.RemoveAt(most);
                }
            }
        }

        return (latest, count);
    }

    /// <summary>Whether <paramref name="a"/> comes before <paramref name="b"/>: later, or on the same day a lower id.</summary>
    private static bool Before(HistoryEntry a, HistoryEntry b) =>
        a.OccurredOn != b.OccurredOn ? a.OccurredOn > b.OccurredOn : string.CompareOrdinal(a.Id, b.Id) < 0;

    /// <summary>One entry: "entry h1 of 2026-10-03 (yellow)".</summary>
    public static string Entry(HistoryEntry entry, CultureInfo culture) =>
        RuleTexts.Format("history.entry", culture, entry.Id, Date(entry.OccurredOn), RuleTexts.Flag(entry.Flag, culture));

    /// <summary>The count of further entries, or nothing when there are none.</summary>
    public static string More(int more, CultureInfo culture) =>
        more > 0 ? RuleTexts.Format("history.more", culture, more.ToString(CultureInfo.InvariantCulture)) : string.Empty;

    /// <summary>A date as the contract writes it.</summary>
    public static string Date(DateOnly date) => date.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
}
