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
    public override string Message(CultureInfo culture) =>
        RuleTexts.Format(
            $"rule.{RuleId}.{Variant}", culture, HistoryTexts.Entry(Latest, culture), HistoryTexts.More(Count - 1, culture), RuleTexts.Flag(From, culture));
}

/// <summary>
/// What a history rule does to the flag as it stands, found by its condition: the variant of its message, the flag before
/// and after, and the factor it applies (none for a firing that only says why the flag stays).
/// </summary>
internal sealed record HistoryOutcome(string RuleId, string Variant, Flag From, Flag To, Aggravation Applies = Aggravation.None)
{
    /// <summary>The outcome's firing, naming the latest of <paramref name="entries"/>.</summary>
    public HistoryFiring Naming(IEnumerable<HistoryFact> entries)
    {
        var (latest, count) = HistoryTexts.Latest(entries, 1);
        return new HistoryFiring(RuleId, Variant, From, To, Applies, latest[0], count);
    }
}
