using System.Collections;
using System.Globalization;
using System.Resources;
using Sensoa.Flags.Procedures.Localization;
using Sensoa.Flags.Procedures.Screener;

namespace Sensoa.Flags.Procedures.Tests;

public sealed class LocalizationTests
{
    private static Dictionary<string, string> Entries(string culture)
    {
        var set = ProcedureTexts.Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [Fact]
    public void EveryKey_HasEnglishAndDutch()
    {
        var english = Entries("");
        var dutch = Entries("nl");
        english.Should().NotBeEmpty();
        dutch.Keys.Should().BeEquivalentTo(english.Keys, "every key needs a Dutch text, and Dutch has no key English lacks");
        english.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
        dutch.Values.Should().OnlyContain(v => !string.IsNullOrWhiteSpace(v));
    }

    [Fact]
    public void FormatPlaceholders_SameInBothLanguages()
    {
        var english = Entries("");
        var dutch = Entries("nl");
        foreach (var (key, text) in english)
        {
            Placeholders(dutch[key]).Should().BeEquivalentTo(Placeholders(text), key);
        }
    }

    [Fact]
    public void EveryCard_HasTitleAndTextInBothLanguages()
    {
        var english = Entries("");
        foreach (var card in ScreenerCards.All)
        {
            english.Should().ContainKey($"card.{card.Id}.title").And.ContainKey($"card.{card.Id}.text");
        }
    }

    [Fact]
    public void Get_UnknownKey_FallsBackToKey()
    {
        ProcedureTexts.Get("no.such.key", CultureInfo.GetCultureInfo("nl")).Should().Be("no.such.key");
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order();
}
