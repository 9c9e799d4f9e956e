using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Localization;

/// <summary>The library's one language table: every key in every language, with the same placeholders.</summary>
public sealed class TextsTests
{
    [Fact]
    public void EveryKey_HasEnglishAndDutch() => ResourcePairs.ShouldBeComplete(Texts.Resources);

    [Fact]
    public void FormatPlaceholders_SameInBothLanguages() => ResourcePairs.ShouldHaveTheSamePlaceholders(Texts.Resources);

    [Fact]
    public void RegionalDutch_FallsBackToDutch()
    {
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("nl-BE")).Should().Be("rood");
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("fr-BE")).Should().Be("red");
    }
}
