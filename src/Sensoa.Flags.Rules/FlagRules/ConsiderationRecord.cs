using System.Globalization;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// A factor a rule recorded for the professional to weigh: the rule's id, and (in a rule's own subtype) the values its
/// message needs. The message is written when the result is built, in the caller's language; by default it is the
/// rule's text as it stands (<c>rule.{id}.message</c>).
/// </summary>
/// <param name="RuleId">The rule's public id (the one <see cref="Consideration.Id"/> carries).</param>
internal record ConsiderationRecord(string RuleId)
{
    /// <summary>Writes the message in <paramref name="culture"/>'s language.</summary>
    public virtual string Message(CultureInfo culture) => RuleTexts.Message(RuleId, culture);

    public Consideration ToConsideration(CultureInfo culture) => new(RuleId, Message(culture));
}
