using System.Globalization;

namespace Sensoa.Flags.Tests.Localization;

public sealed class LanguagesTests
{
    [Fact]
    public void Supported_EnglishFirstThenOthersOnceEachAsTwoLetterCodes()
    {
        // English is the default and the neutral table; each other language is a table of its own.
        Languages.Supported[0].Should().Be("en");
        Languages.Supported.Should().Contain("nl").And.OnlyHaveUniqueItems().And.OnlyContain(code => code.Length == 2 && code == code.ToLowerInvariant());
    }

    [Theory]
    [InlineData("en", true)]
    [InlineData("nl", true)]
    [InlineData("NL", false)]
    [InlineData("nl-BE", false)]
    [InlineData("de", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsSupported_Code_OnlyTheListedCodes(string? code, bool expected) =>
        Languages.IsSupported(code).Should().Be(expected);

    [Fact]
    public void Culture_UnsupportedCode_ArgumentExceptionNamingTheChoices() =>
        FluentActions.Invoking(() => Languages.Culture("de")).Should().Throw<ArgumentException>().WithMessage($"*{string.Join(", ", Languages.Supported)}*");

    [Theory]
    [InlineData("nl", "nl")]
    [InlineData("nl-BE", "nl")]
    [InlineData("nl-NL", "nl")]
    [InlineData("en", "en")]
    [InlineData("de-BE", "en")]
    [InlineData("", "en")]
    public void Of_Culture_DutchForEveryDutchCultureEnglishOtherwise(string culture, string expected) =>
        Languages.Of(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);
}
