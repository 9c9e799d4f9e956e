using System.Globalization;

namespace Sensoa.Flags.Tests.Localization;

public sealed class LanguagesTests
{
    [Fact]
    public void Supported_EnglishFirstThenDutch() =>
        Languages.Supported.Should().Equal("en", "nl");

    [Theory]
    [InlineData("en", true)]
    [InlineData("nl", true)]
    [InlineData("NL", false)]
    [InlineData("nl-BE", false)]
    [InlineData("fr", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSupported_Code_OnlyTheListedCodes(string? code, bool expected) =>
        Languages.IsSupported(code).Should().Be(expected);

    [Fact]
    public void Culture_UnsupportedCode_ArgumentExceptionNamingTheChoices() =>
        FluentActions.Invoking(() => Languages.Culture("fr")).Should().Throw<ArgumentException>().WithMessage("*en, nl*");

    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("nl-NL", "nl")]
    [InlineData("en", "en")]
    [InlineData("fr-BE", "en")]
    [InlineData("", "en")]
    public void Of_Culture_DutchForEveryDutchCultureEnglishOtherwise(string culture, string expected) =>
        Languages.Of(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
}
