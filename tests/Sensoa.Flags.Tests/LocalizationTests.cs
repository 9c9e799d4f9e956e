using System.Collections;
using System.Globalization;
using System.Resources;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Tests;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> Entries(ResourceManager resources, string culture)
    {
        var set = resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void EveryKey_HasEnglishAndDutch()
    {
        var english = Entries(Texts.Resources, "");
        var dutch = Entries(Texts.Resources, "nl");
        english.Should().NotBeEmpty();
        dutch.Keys.Should().BeEquivalentTo(english.Keys, "every key needs a Dutch text, and Dutch has no key English lacks");
        english.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
        dutch.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }

    [Fact]
    public void FormatPlaceholders_SameInBothLanguages()
    {
        var english = Entries(Texts.Resources, "");
        var dutch = Entries(Texts.Resources, "nl");
        foreach (var (key, text) in english)
        {
            Placeholders(dutch[key]).Should().BeEquivalentTo(Placeholders(text), key);
        }
    }

    [Fact]
    public void RegionalDutch_FallsBackToDutch()
    {
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("nl-BE")).Should().Be("rood");
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("fr-BE")).Should().Be("red");
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order();
}
