using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Resources;
using System.Text.RegularExpressions;
using FluentAssertions;
using FluentAssertions.Execution;
using Xunit;

namespace Sensoa.Flags.Testing;

/// <summary>
/// The checks every table of texts must pass against the English one: the same keys, no empty text, the same format
/// placeholders. Linked into each test project (every assembly keeps its own tables), so the rule is written once, and
/// checked for every language of the library's one list (<see cref="Languages.Supported"/>).
/// </summary>
internal static partial class ResourcePairs
{
    /// <summary>Every supported language but English, the neutral table the others are checked against.</summary>
    public static TheoryData<string> Translations() => [.. Languages.Supported.Skip(1)];

    /// <summary>Gets the texts of one culture only (no fallback): the neutral English ones for <c>""</c>; none for a language without a table.</summary>
    public static Dictionary<string, string> Entries(ResourceManager resources, string culture) =>
        resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)?
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!) ?? [];

    /// <summary>Every key has an English text and one in <paramref name="language"/>, neither blank, and that language has no key English lacks.</summary>
    public static void ShouldBeComplete(ResourceManager resources, string language)
    {
        var english = Entries(resources, "");
        var other = Entries(resources, language);
        english.Should().NotBeEmpty();

        // Every key by name, however many: a collection in a failure message is cut short after a few dozen.
        using var scope = new AssertionScope();
        Keys(english.Keys.Where(key => !other.ContainsKey(key))).Should().BeEmpty($"every key needs a text in '{language}'");
        Keys(other.Keys.Where(key => !english.ContainsKey(key))).Should().BeEmpty($"'{language}' has no key English lacks");
        Keys(english.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key)).Should().BeEmpty("no English text is blank");
        Keys(other.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => e.Key)).Should().BeEmpty($"no text in '{language}' is blank");
    }

    /// <summary>Every text has the same format placeholders (<c>{0}</c>, <c>{1}</c>, ...) in English and in <paramref name="language"/>.</summary>
    public static void ShouldHaveTheSamePlaceholders(ResourceManager resources, string language)
    {
        var english = Entries(resources, "");
        var other = Entries(resources, language);

        // Each text that both have, every difference named at once; a missing text is ShouldBeComplete's to name.
        using var scope = new AssertionScope();
        foreach (var (key, text) in english)
        {
            if (other.TryGetValue(key, out var translated))
            {
                Placeholders(translated).Should().BeEquivalentTo(Placeholders(text), key);
            }
        }
    }

    /// <summary>
    /// The assembly has a table (a satellite assembly next to the tests) for every supported language but English and for
    /// no other: a table without its code in the list would never be chosen, a code without a table would get English.
    /// </summary>
    public static void ShouldHaveATablePerTranslation(Assembly assembly)
    {
        var satellite = assembly.GetName().Name + ".resources.dll";
        var languages = Directory.GetDirectories(AppContext.BaseDirectory)
            .Where(folder => File.Exists(Path.Combine(folder, satellite)))
            .Select(Path.GetFileName);
        languages.Should().BeEquivalentTo(Languages.Supported.Skip(1), $"{satellite} is a table per supported language but English");
    }

    private static string Keys(IEnumerable<string> keys) => string.Join(", ", keys.Order(StringComparer.Ordinal));

    private static IEnumerable<string> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => m.Value).Distinct().Order();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();
}
