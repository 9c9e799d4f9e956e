using System.Globalization;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>The CLI's <c>criteria</c> and <c>pitfalls</c>.</summary>
public sealed class GuideCommandsTests
{
    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Criteria_JsonNl_SameAsTheLibrary()
    {
        var (code, stdout, stderr) = Run("criteria", "--lang", "nl", "--format", "json");

        code.Should().Be(0, stderr);
        stdout.Should().Be(GuidanceJson.Serialize(SensoaCriteria.Guide(CultureInfo.GetCultureInfo("nl"))) + "\n");
    }

    [Fact]
    public void Criteria_Text_SourceAndEveryCell()
    {
        var (code, stdout, _) = Run("criteria");

        code.Should().Be(0);
        stdout.Should().StartWith("Source: Sensoa, \u2018Wat zijn de vlaggen van het Vlaggensysteem?\u2019");
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            foreach (var flag in Enum.GetValues<Flag>())
            {
                stdout.Should().Contain(SensoaCriteria.Describe(criterion, flag).Description);
            }
        }
    }

    [Fact]
    public void Criteria_TextNl_NoEnglishFlagNames()
    {
        var stdout = Run("criteria", "--lang", "nl").Out;

        stdout.Should().Contain("  zwart  ").And.NotContain("black").And.NotContain("bibliotheek");
    }

    [Fact]
    public void Pitfalls_Text_FourQuotesInOrder()
    {
        var (code, stdout, _) = Run("pitfalls", "--lang", "nl");

        code.Should().Be(0);
        var positions = SensoaPitfalls.Guide().Pitfalls.Select(p => stdout.IndexOf(p.Quote, StringComparison.Ordinal)).ToList();
        positions.Should().OnlyContain(p => p >= 0).And.BeInAscendingOrder();
        stdout.Should().Contain("De ander moet zijn gedrag veranderen, niet jij.");
    }

    [Fact]
    public void Pitfalls_Json_SameAsTheLibrary() =>
        Run("pitfalls", "--format", "json").Out.Should().Be(GuidanceJson.Serialize(SensoaPitfalls.Guide()) + "\n");

    [Theory]
    [InlineData("criteria", "--lang", "de")]
    [InlineData("pitfalls", "--format", "xml")]
    public void Guides_BadOption_UsageExitOneLine(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        code.Should().Be(64, "a usage error");
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }
}
