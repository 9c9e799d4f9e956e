using System.Globalization;
using System.Text;
using System.Text.Json;
using Sensoa.Flags.Api.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Api.Tests.Localization;

/// <summary>The page's own words: every key in every language with the same placeholders, and written as the page reads them.</summary>
public sealed class PageTextsTests() : LanguageTableTests(PageTexts.Resources, typeof(PageTexts).Assembly)
{
    /// <summary>Words that are the same in English and Dutch.</summary>
    private static readonly string[] SameInDutch =
        ["setting.sport", "setting.online", "result.status", "result.labels", "result.criteria", "result.ruleChange",
         "criterion.context", "criterion.impact", "referral.website", "errors.field", "result.involvesSexting", "tools.save",
         "setting.school", "person.id", "result.ruleStart", "referral.contact", "referral.mail", "relation.partner"];

    public static TheoryData<string> Supported() => [.. Languages.Supported];

    [Fact]
    public void EveryKey_DutchDiffersFromEnglish_ExceptWordsBothUse()
    {
        var english = ResourcePairs.Entries(PageTexts.Resources, "");
        var dutch = ResourcePairs.Entries(PageTexts.Resources, "nl");

        english.Where(e => e.Value == dutch[e.Key]).Select(e => e.Key).Should().BeSubsetOf(SameInDutch, "every other text is translated");
    }

    [Fact]
    public void PluralForms_EveryOneHasAnOther()
    {
        // The page picks key.one or key.other by the count, and falls back to key.other.
        var keys = ResourcePairs.Entries(PageTexts.Resources, "").Keys;

        keys.Should().Contain(k => k.EndsWith(".one", StringComparison.Ordinal));
        keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal)).Should().OnlyContain(k => keys.Contains(k.Substring(0, k.Length - 4) + ".other"));
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Json_Language_EveryTextOfItsTableByKeyInOrdinalOrder(string language)
    {
        var table = ResourcePairs.Entries(PageTexts.Resources, language == Languages.English ? "" : language);
        table.Remove(PageTexts.OwnName);

        var written = Read(PageTexts.Json(CultureInfo.GetCultureInfo(language)));

        written.Select(e => e.Key).Should().Equal(table.Keys.Concat(Languages.Supported.Select(code => "lang." + code)).Order(StringComparer.Ordinal));
        written.Where(e => table.ContainsKey(e.Key)).Should().OnlyContain(e => e.Value == table[e.Key]);
    }

    [Theory]
    [MemberData(nameof(Supported))]
    public void Json_AnyLanguage_EachLanguageByItsOwnName(string language)
    {
        // The buttons say "English" and "Nederlands" whatever the page's language, so that a reader finds their own.
        var written = Read(PageTexts.Json(CultureInfo.GetCultureInfo(language))).ToDictionary();

        foreach (var code in Languages.Supported)
        {
            written["lang." + code].Should().Be(ResourcePairs.Entries(PageTexts.Resources, code == Languages.English ? "" : code)[PageTexts.OwnName]);
        }

        (written["lang.en"], written["lang.nl"]).Should().Be(("English", "Nederlands"));
    }

    [Fact]
    public void Json_LanguageWithoutATable_English()
    {
        PageTexts.Json(CultureInfo.GetCultureInfo("de-BE")).Should().Equal(PageTexts.Json(CultureInfo.GetCultureInfo("en")));
    }

    [Fact]
    public void Json_Layout_AsTheHandWrittenFilesWere()
    {
        // Two spaces, a text a line, a newline at the end, and letters as they are (not \u2026): the bytes the page got as files.
        var dutch = Encoding.UTF8.GetString(PageTexts.Json(CultureInfo.GetCultureInfo("nl")));

        dutch.Should().StartWith("{\n  \"").And.EndWith("\"\n}\n").And.NotContain("\r").And.NotContain("\\u");
        dutch.Should().Contain("\n  \"submit.busy\": \"Bezig met beoordelen…\",\n").And.Contain("\"result.ruleChange\": \"{0} → {1}\"");
    }

    [Fact]
    public void LanguageList_TheLibrarysList()
    {
        JsonSerializer.Deserialize<string[]>(PageTexts.LanguageList()).Should().Equal(Languages.Supported);
    }

    private static List<KeyValuePair<string, string>> Read(byte[] json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))];
    }
}
