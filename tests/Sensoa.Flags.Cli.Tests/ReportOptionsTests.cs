using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Cli.Tests;

/// <summary><c>assess --format md|html</c> with <c>--case</c>, <c>--author</c> and <c>--at</c>: what a case file needs.</summary>
public sealed class ReportOptionsTests
{
    private static readonly string Sexting = Path.Combine(Samples.Directory, "two-person-sexting.json");

    [Fact]
    public void Assess_MdWithCaseAuthorAndAt_PrintsThemFirst()
    {
        var (code, stdout, stderr) = Run("assess", Sexting, "--format", "md", "--case", "2026-014", "--author", "J. Peeters", "--at", "2026-11-27T15:59");
        code.Should().Be(0, stderr);
        stdout.Should().Contain("- **Assessed on**: 27 November 2026, 15:59 (UTC+01:00)\n- **Case**: 2026-014\n- **Assessed by**: J. Peeters\n- **Rule set version**: ");
    }

    [Fact]
    public void Assess_HtmlDutchSummerTime_BrusselsTimeWithOffset()
    {
        var (code, stdout, _) = Run("assess", Sexting, "--format", "html", "--lang", "nl", "--at", "2026-07-01T08:30:00Z", "--case", "<b>x</b>");
        code.Should().Be(0);
        stdout.Should().Contain("<dt>Beoordeeld op</dt><dd>1 juli 2026, 10:30 (UTC+02:00)</dd>")
            .And.Contain("<dt>Dossier</dt><dd>&lt;b&gt;x&lt;/b&gt;</dd>");
    }

    [Fact]
    public void Assess_ReportWithoutAt_SaysWhenItWasMade()
    {
        var (code, stdout, _) = Run("assess", Sexting, "--format", "md");
        code.Should().Be(0);
        stdout.Should().Contain("- **Assessed on**: ");
    }

    [Theory]
    [InlineData("--case")]
    [InlineData("--author")]
    public void Assess_CaseOrAuthorWithJson_UsageError(string option)
    {
        var (code, stdout, stderr) = Run("assess", Sexting, option, "x");
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().Contain(option + " is for a report");
    }

    [Fact]
    public void Assess_CaseTooLongOrWithLineBreak_UsageErrorWithoutEchoingIt()
    {
        Run("assess", Sexting, "--format", "md", "--case", new string('z', 201)).Code.Should().Be(64);
        var (code, _, stderr) = Run("assess", Sexting, "--format", "md", "--author", "secret\nname");
        code.Should().Be(64);
        stderr.Should().Contain("--author: contains a control character").And.NotContain("secret");
    }

    [Fact]
    public void Assess_Report_NamesPeopleByRoleAndAge()
    {
        var stdout = Run("assess", Sexting, "--format", "md", "--at", "2026-11-27T15:59").Out;
        stdout.Should().Contain("## Behaviour 2: person who acted, 16 years (id forwarding)");
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);
}
