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

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public void EveryTextTheProceduresEmit_ResolvesToATranslation(string lang)
    {
        var culture = CultureInfo.GetCultureInfo(lang);
        var keys = Entries("").Keys.ToHashSet();
        var texts = new List<string>();
        foreach (var step in Enum.GetValues<Procedures.Sexting.SextingStep>())
        {
            var guide = Procedures.Sexting.SextingWorkflow.Create().Guide(step, culture);
            texts.Add(guide.Title);
            texts.AddRange(guide.Checklist.Concat(guide.Dos).Concat(guide.Donts));
        }

        foreach (var role in Enum.GetValues<Procedures.Harassment.HarassmentRole>())
        {
            texts.Add(Procedures.Harassment.HarassmentGuide.RoleName(role, culture));
            texts.AddRange(Procedures.Harassment.HarassmentGuide.Actions(role, culture).SelectMany(a => a.Details.Prepend(a.Text)));
        }

        texts.AddRange(ScreenerCards.All.SelectMany(c => new[] { c.Title(culture), c.Text(culture) }));
        // A missing key comes back as the key itself (e.g. "check.weigh.flags"): no text may look like one.
        texts.Should().NotContain(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"^[A-Za-z-]+(\.[A-Za-z-]+)+$"), "a text that looks like a key means the key is missing");
        Procedures.Sexting.SextingRules.All.Select(r => "refusal." + r.Id).Should().BeSubsetOf(keys);
    }

    [Fact]
    public void Get_UnknownKey_FallsBackToKey()
    {
        ProcedureTexts.Get("no.such.key", CultureInfo.GetCultureInfo("nl")).Should().Be("no.such.key");
    }

    private static IEnumerable<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order();
}
