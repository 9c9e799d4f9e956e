using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Localization;

/// <summary>The library's one language table: every key in every language, with the same placeholders.</summary>
public sealed class TextsTests() : LanguageTableTests(Texts.Resources, typeof(Texts).Assembly)
{
    [Fact]
    public void RegionalDutch_FallsBackToDutch()
    {
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("nl-BE")).Should().Be("rood");
        Texts.Get("flag.red", CultureInfo.GetCultureInfo("de-BE")).Should().Be("red");
    }
}
