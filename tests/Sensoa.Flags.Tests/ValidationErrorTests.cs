using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Tests;

/// <summary>An error's message key and arguments are enough to write its message without reading the English text.</summary>
public sealed class ValidationErrorTests
{
    [Fact]
    public void MessageKey_OutOfRange_KeyAndLimitInDigits()
    {
        var error = Error("""{"jurisdiction":"flanders","setting":"school","people":[{"id":"a","ageYears":200}],"behaviours":[]}""", "$.people[0].ageYears");

        error.MessageKey.Should().Be("error.yearsRange");
        error.MessageArguments.Should().Equal("120");
    }

    [Fact]
    public void MessageArguments_KindOfValueFound_GivenAsItsKey()
    {
        var error = Error("""{"jurisdiction":"flanders","setting":"school","people":{},"behaviours":[]}""", "$.people");

        error.MessageKey.Should().Be("error.expectedArray");
        error.MessageArguments.Should().Equal("error.kind.object");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("nl-BE")]
    public void MessageKey_WrittenFromTheTable_SameAsTheMessage(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var error = Error("""{"jurisdiction":"flanders","setting":"school","people":{},"behaviours":[]}""", "$.people").Localize(culture);

        var arguments = error.MessageArguments.Select(a => a.StartsWith("error.", StringComparison.Ordinal) ? Texts.Get(a, culture) : a).ToArray();
        string.Format(CultureInfo.InvariantCulture, Texts.Get(error.MessageKey!, culture), arguments).Should().Be(error.Message);
    }

    [Fact]
    public void MessageKey_CallersOwnMessage_NullAndNoArguments()
    {
        var error = new ValidationError("$.x", ValidationCodes.Invalid, "my own words");

        error.MessageKey.Should().BeNull();
        error.MessageArguments.Should().BeEmpty();
    }

    [Fact]
    public void MessageKey_Localized_KeptWithTheError()
    {
        var error = Error("""{"jurisdiction":"wallonia"}""", "$.jurisdiction");

        var dutch = error.Localize(CultureInfo.GetCultureInfo("nl"));

        dutch.MessageKey.Should().Be("error.notAllowed").And.Be(error.MessageKey);
        dutch.MessageArguments.Should().Equal(error.MessageArguments);
    }

    private static ValidationError Error(string json, string path) =>
        SensoaJson.ParseIncident(json).Errors.Single(e => e.Path == path);
}
