using System.Globalization;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Cli.Tests.Localization;

/// <summary>The command line's own table of texts: every key in every language, and a name for every value it names.</summary>
public sealed class CliTextsTests() : LanguageTableTests(CliTexts.Resources, typeof(CliTexts).Assembly)
{
    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    [InlineData("nl-BE")]
    public void Name_EveryFlagSettingAndJurisdiction_HasOne(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var names = Enum.GetValues<Flag>().Select(f => CliTexts.Name("flag", f, culture))
            .Concat(Enum.GetValues<Setting>().Select(s => CliTexts.Name("setting", s, culture)))
            .Concat(Enum.GetValues<Jurisdiction>().Select(j => CliTexts.Name("jurisdiction", j, culture)));
        names.Should().OnlyContain(name => name.Length > 0);
    }

    [Fact]
    public void Name_English_TheContractNameOrItsWords()
    {
        var english = CultureInfo.GetCultureInfo("en");
        CliTexts.Name("flag", Flag.Yellow, english).Should().Be("yellow");
        CliTexts.Name("setting", Setting.DisabilityCare, english).Should().Be("disability care");
        CliTexts.Name("jurisdiction", Jurisdiction.Netherlands, english).Should().Be("netherlands");
        CliTexts.Name("jurisdiction", Jurisdiction.Netherlands, CultureInfo.GetCultureInfo("nl")).Should().Be("Nederland");
    }

    [Fact]
    public void Get_UnknownKey_Throws()
    {
        var act = () => CliTexts.Get("no.such.key", CultureInfo.InvariantCulture);
        act.Should().Throw<KeyNotFoundException>().WithMessage("*no.such.key*");
    }
}
