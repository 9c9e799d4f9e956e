using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace Sensoa.Flags.Testing;

/// <summary>
/// The checks every pair of English and Dutch resources must pass: the same keys, no empty text, the same format
/// placeholders. Linked into each test project (the texts live in three assemblies), so the rule is written once.
/// </summary>
internal static partial class ResourcePairs
{
    /// <summary>Gets the texts of one culture only (no fallback): the neutral English ones for <c>""</c>.</summary>
    public static Dictionary<string, string> Entries(ResourceManager resources, string culture)
    {
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    /// <summary>Every key has an English and a Dutch text, neither blank, and Dutch has no key English lacks.</summary>
    public static void ShouldBeComplete(ResourceManager resources)
    {
        var english = Entries(resources, "");
        var dutch = Entries(resources, "nl");
        english.Should().NotBeEmpty();
        dutch.Keys.Should().BeEquivalentTo(english.Keys, "every key needs a Dutch text, and Dutch has no key English lacks");
        english.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
        dutch.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }

    /// <summary>Every text has the same format placeholders (<c>{0}</c>, <c>{1}</c>, ...) in both languages.</summary>
    public static void ShouldHaveTheSamePlaceholders(ResourceManager resources)
    {
        var english = Entries(resources, "");
        var dutch = Entries(resources, "nl");
        foreach (var (key, text) in english)
        {
            Placeholders(dutch[key]).Should().BeEquivalentTo(Placeholders(text), key);
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
