using System.Collections.Concurrent;
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
    /// <summary>The written considerations of the rules' fixed texts, per rule and language (<see cref="Firing"/> keeps its own the same way).</summary>
    private static readonly ConcurrentDictionary<(string RuleId, string Language), Consideration> Written = new();

    /// <summary>Writes the message in <paramref name="culture"/>'s language.</summary>
    public virtual string Message(CultureInfo culture) => RuleTexts.Message(RuleId, culture);

    /// <summary>Writes the consideration in <paramref name="culture"/>'s language.</summary>
    public Consideration ToConsideration(CultureInfo culture) =>
        GetType() == typeof(ConsiderationRecord)
            ? Written.GetOrAdd((RuleId, Languages.Of(culture)), static (key, culture) => new Consideration(key.RuleId, RuleTexts.Message(key.RuleId, culture)), culture)
            : new Consideration(RuleId, Message(culture));
}
