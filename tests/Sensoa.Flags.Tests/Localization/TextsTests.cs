using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Localization;

/// <summary>The library's one language table: every key in every language, with the same placeholders.</summary>
public sealed class TextsTests
{
    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void EveryKey_HasATextInEveryLanguage(string language) => ResourcePairs.ShouldBeComplete(Texts.Resources, language);

    [Theory]
    [MemberData(nameof(ResourcePairs.Translations), MemberType = typeof(ResourcePairs))]
    public void FormatPlaceholders_SameInEveryLanguage(string language) => ResourcePairs.ShouldHaveTheSamePlaceholders(Texts.Resources, language);

    [Fact]
    public void Table_OnePerTranslation() => ResourcePairs.ShouldHaveATablePerTranslation(typeof(Texts).Assembly);

    [Fact]
    public void RegionalDutch_FallsBackToDutch()
    {
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("nl-BE")).Should().Be("rood");
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("de-BE")).Should().Be("red");
    }
}
