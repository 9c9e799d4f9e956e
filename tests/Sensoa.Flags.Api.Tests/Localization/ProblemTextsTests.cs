using Sensoa.Flags.Api.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Api.Tests.Localization;

/// <summary>The API's own texts in its problem documents: every key in every language, with the same placeholders.</summary>
public sealed class ProblemTextsTests
{
    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void EveryKey_HasATextInEveryLanguage(string language) => ResourcePairs.ShouldBeComplete(ProblemTexts.Resources, language);

    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void FormatPlaceholders_SameInEveryLanguage(string language) => ResourcePairs.ShouldHaveTheSamePlaceholders(ProblemTexts.Resources, language);

    [Fact]
    public void Table_OnePerTranslation() => ResourcePairs.ShouldHaveATablePerTranslation(typeof(ProblemTexts).Assembly);

    [Fact]
    public void EveryKey_DutchDiffersFromEnglish()
    {
        var english = ResourcePairs.Entries(ProblemTexts.Resources, "");
        var dutch = ResourcePairs.Entries(ProblemTexts.Resources, "nl");

        english.Where(e => dutch[e.Key] == e.Value).Select(e => e.Key).Should().BeEmpty("every text is translated");
    }
}
