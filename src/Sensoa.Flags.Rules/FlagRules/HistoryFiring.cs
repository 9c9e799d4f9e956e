using System.Globalization;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// A firing of a history rule: the outcome (<paramref name="Variant"/>, the key of its message under the rule's), and the
/// latest of the entries it rests on with how many there are, which the message names.
/// </summary>
internal sealed record HistoryFiring(string RuleId, string Variant, Flag? From, Flag? To, Aggravation Applies, HistoryEntry Latest, int Count)
    : Firing(RuleId, From, To, Applies)
{
    /// <summary>A firing that names the latest of <paramref name="entries"/>.</summary>
    public static HistoryFiring Of(string id, string variant, Flag from, Flag to, Aggravation applies, IEnumerable<HistoryFact> entries)
    {
        var (latest, count) = HistoryTexts.Latest(entries, 1);
        return new HistoryFiring(id, variant, from, to, applies, latest[0], count);
    }

    /// <summary>A firing that changes nothing and names the latest of <paramref name="entries"/>.</summary>
    public static HistoryFiring Note(string id, string variant, Flag flag, IEnumerable<HistoryFact> entries) =>
        Of(id, variant, flag, flag, Aggravation.None, entries);

    public override string Message(CultureInfo culture) =>
        RuleTexts.Format(
            $"rule.{RuleId}.{Variant}", culture, HistoryTexts.Entry(Latest, culture), HistoryTexts.More(Count - 1, culture), RuleTexts.Flag(From, culture));
}
