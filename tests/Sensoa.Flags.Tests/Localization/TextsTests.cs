using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Localization;

/// <summary>The library's one language table: every key in every language, with the same placeholders.</summary>
public sealed class TextsTests
{
    // Every supported language but English, the table the others are checked against.
    public static TheoryData<string> Translations() => [.. Languages.Supported.Skip(1)];

    [Theory]
    [MemberData(nameof(Translations))]
    public void EveryKey_HasATextInEveryLanguage(string language) => ResourcePairs.ShouldBeComplete(Texts.Resources, language);

    [Theory]
    [MemberData(nameof(Translations))]
    public void FormatPlaceholders_SameInEveryLanguage(string language) => ResourcePairs.ShouldHaveTheSamePlaceholders(Texts.Resources, language);

    [Fact]
    public void Table_EveryTranslationIsASupportedLanguage()
    {
        // A table without its code in Languages.Supported would never be chosen by Languages.Of.
        var satellites = Directory.GetDirectories(AppContext.BaseDirectory)
            .Where(d => File.Exists(Path.Combine(d, "Sensoa.Flags.resources.dll")))
            .Select(Path.GetFileName);
        satellites.Should().BeEquivalentTo(Languages.Supported.Skip(1));
    }

    [Fact]
    public void RegionalDutch_FallsBackToDutch()
    {
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("nl-BE")).Should().Be("rood");
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("fr-BE")).Should().Be("red");
    }
}
