using Sensoa.Flags.Guidance;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>The shipped data's texts live in the library's table: every one in every language, and no other under their keys.</summary>
public sealed class LocalizedTextTests
{
    private static IEnumerable<LocalizedText> ShippedTexts() =>
        ReferralDirectoryData.Organisations.SelectMany(o => o.Texts).Concat(WorkedExamples.All().Select(e => LocalizedText.Example(e.Id)));

    [Fact]
    public void RequireEveryLanguage_ShippedTexts_Accepted()
    {
        var texts = ShippedTexts().ToList();

        texts.Should().HaveCount(ReferralDirectoryData.Organisations.Count * 4 + 2 + WorkedExamples.All().Count, "four texts per organisation, two notes on hours, one description per example");
        FluentActions.Invoking(() => LocalizedText.RequireEveryLanguage("shipped", texts)).Should().NotThrow();
    }

    [Fact]
    public void RequireEveryLanguage_TextMissing_RefusedNamingEachKeyInEachLanguage()
    {
        var texts = new[] { LocalizedText.Example("no-such-example"), LocalizedText.Organisation(Jurisdiction.Netherlands, "clb", "name"), LocalizedText.Example("toddlers-playing-doctor") };

        var message = FluentActions.Invoking(() => LocalizedText.RequireEveryLanguage("examples.json", texts))
            .Should().Throw<InvalidOperationException>().Which.Message;

        message.Should().StartWith($"The shipped data 'examples.json' has {2 * Languages.Supported.Count} texts without a version in the library's table: ");
        foreach (var code in Languages.Supported)
        {
            message.Should().Contain($"example.no-such-example.description ({code})").And.Contain($"directory.netherlands.clb.name ({code})");
        }

        message.Should().NotContain("toddlers-playing-doctor", "that text is in every table");
    }

    [Fact]
    public void Table_DirectoryAndExampleTexts_OnlyThoseOfTheShippedData()
    {
        // A text left behind when an organisation or an example goes would be translated for nothing.
        var english = ResourcePairs.Entries(Texts.Resources, "").Keys
            .Where(key => key.StartsWith("directory.", StringComparison.Ordinal) || (key.StartsWith("example.", StringComparison.Ordinal) && key.EndsWith(".description", StringComparison.Ordinal)));

        english.Should().BeEquivalentTo(ShippedTexts().Select(text => text.Key));
    }

    [Fact]
    public void Organisation_IdInBothJurisdictions_OneTextEach()
    {
        var police = ReferralDirectoryData.Organisations.Where(o => o.Id == "politie").ToList();

        police.Select(o => o.Name.Key).Should().Equal("directory.flanders.politie.name", "directory.netherlands.politie.name");
        police.Select(o => o.Why.In(System.Globalization.CultureInfo.GetCultureInfo("nl"))).Should().OnlyHaveUniqueItems();
    }
}
