using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>The resource keys of a rule's texts: <c>rule.{id}.description</c> and <c>rule.{id}.message</c>.</summary>
internal static class RuleTexts
{
    public static string MessageKey(string id) => $"rule.{id}.message";

    public static string Description(string id, CultureInfo culture) => Texts.Get($"rule.{id}.description", culture);

    /// <summary>A firing with the rule's message as it stands (no arguments).</summary>
    public static FiredRule Fixed(string id, CultureInfo culture, Flag? from, Flag? to) =>
        new(id, from, to, Texts.Get(MessageKey(id), culture));

    /// <summary>A consideration with the rule's message.</summary>
    public static Consideration Consideration(string id, CultureInfo culture) =>
        new(id, Texts.Get(MessageKey(id), culture));
}
