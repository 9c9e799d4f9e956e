using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using FluentAssertions;

namespace Sensoa.Flags.Testing;

/// <summary>
/// The checks every table of texts must pass against the English one: the same keys, no empty text, the same format
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

    /// <summary>Every key has an English text and one in <paramref name="language"/> (Dutch unless said), neither blank, and that language has no key English lacks.</summary>
    public static void ShouldBeComplete(ResourceManager resources, string language = "nl")
    {
        var english = Entries(resources, "");
        var other = Entries(resources, language);
        english.Should().NotBeEmpty();
        other.Keys.Should().BeEquivalentTo(english.Keys, $"every key needs a text in '{language}', and '{language}' has no key English lacks");
        english.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
        other.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }

    /// <summary>Every text has the same format placeholders (<c>{0}</c>, <c>{1}</c>, ...) in English and in <paramref name="language"/>.</summary>
    public static void ShouldHaveTheSamePlaceholders(ResourceManager resources, string language = "nl")
    {
        var english = Entries(resources, "");
        var other = Entries(resources, language);
        foreach (var (key, text) in english)
        {
            Placeholders(other[key]).Should().BeEquivalentTo(Placeholders(text), key);
        }
    }

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
