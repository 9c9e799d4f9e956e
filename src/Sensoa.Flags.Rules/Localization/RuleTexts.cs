using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Rules.Localization;

/// <summary>
/// The texts of the rules, behind stable keys, in English (neutral) and Dutch (<c>nl</c>): a rule's description,
/// message, source and consideration source (<c>rule.{id}.*</c>), and the words its messages and the override checks
/// use. A missing key falls back to the key itself so that a gap shows and never crashes; a test checks every key in both
/// languages. Flag names are the library's labels (<see cref="SensoaLabels"/>).
/// </summary>
internal static class RuleTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Rules.Localization.RuleTexts", typeof(RuleTexts).Assembly);

    /// <summary>The keys of the criteria's names, by criterion.</summary>
    private static readonly string[] CriterionKeys = [.. Enum.GetValues<Criterion>().Select(criterion => "criterion." + ContractName(criterion))];

    /// <summary>
    /// Every text of a culture, resolved once through the resource fallback (nl-BE, nl, neutral), as the library's own
    /// texts are: the messages are written for every assessment, and a lookup is then a dictionary read.
    /// </summary>
    private static readonly ConcurrentDictionary<CultureInfo, Dictionary<string, string>> Tables = new();

    public static string Get(string key, CultureInfo culture) =>
        Tables.GetOrAdd(culture, Resolve).TryGetValue(key, out var text) ? text : key;

    public static string Format(string key, CultureInfo culture, params object?[] args) =>
        string.Format(culture, Get(key, culture), args);

    /// <summary>Gets the rule's message as it stands (<c>rule.{id}.message</c>).</summary>
    public static string Message(string id, CultureInfo culture) => Get($"rule.{id}.message", culture);

    /// <summary>Gets what the rule does (<c>rule.{id}.description</c>).</summary>
    public static string Description(string id, CultureInfo culture) => Get($"rule.{id}.description", culture);

    /// <summary>Gets a flag's name, or the words for no flag.</summary>
    public static string Flag(Flag? flag, CultureInfo culture) =>
        flag is { } value ? SensoaLabels.Of(value, culture) : Get("flag.none", culture);

    /// <summary>Gets the names of criteria as the messages write them, joined, in the order given.</summary>
    public static string Criteria(IEnumerable<Criterion> criteria, CultureInfo culture) =>
        Join(criteria.Select(criterion => Get(CriterionKeys[(int)criterion], culture)), culture);

    /// <summary>Gets an override's basis as the override checks write it.</summary>
    public static string Basis(OverrideBasis basis, CultureInfo culture) => Get("basis." + ContractName(basis), culture);

    public static string Join(IEnumerable<string> parts, CultureInfo culture) =>
        string.Join(Get("list.separator", culture), parts);

    private static Dictionary<string, string> Resolve(CultureInfo culture) =>
        Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .Select(entry => (string)entry.Key)
            .ToDictionary(key => key, key => Resources.GetString(key, culture) ?? key, StringComparer.Ordinal);

    /// <summary>The value's name in the JSON contract, which the keys use.</summary>
    private static string ContractName<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Name(value);
}
