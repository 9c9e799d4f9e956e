using Sensoa.Flags.Tests.Json;
using System.Text.Json;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>The CLI's guidance: <c>assess --at</c>, <c>consult</c> and <c>examples</c>.</summary>
public sealed class GuidanceCommandsTests
{
    private static readonly string Sexting = Path.Combine(Samples.Directory, "two-person-sexting.json");

    private static (int Code, string Out, string Err) Run(string? stdin, params string[] args) => CliRunner.WithText(stdin, args);

    private static JsonElement Referral(string json, string id) =>
        JsonDocument.Parse(json).RootElement.GetProperty("referrals").EnumerateArray().Single(r => r.GetProperty("id").GetString() == id);

    [Fact]
    public void Assess_WithoutAt_NoOpenNowFieldsAndDeterministic()
    {
        var first = Run(null, "assess", Sexting).Out;
        first.Should().NotContain("\"availability\"").And.NotContain("\"opensAt\"");
        Run(null, "assess", Sexting).Out.Should().Be(first);
    }

    [Theory]
    [InlineData("2026-11-27T15:59", "open")]
    [InlineData("2026-11-27T15:59+01:00", "open")]
    [InlineData("2026-11-27T14:59:00Z", "open")]
    [InlineData("2026-11-27T17:01", "closed")]
    [InlineData("2026-11-28T10:00:00.000+01:00", "closed")]
    public void Assess_At_OpenNowPerReferral(string at, string meldpunt)
    {
        var (code, stdout, stderr) = Run(null, "assess", Sexting, "--at", at);
        code.Should().Be(0, stderr);
        Referral(stdout, "vlaams-meldpunt").GetProperty("availability").GetString().Should().Be(meldpunt);
        Referral(stdout, "child-focus").GetProperty("availability").GetString().Should().Be("open");
        Referral(stdout, "clb").GetProperty("availability").GetString().Should().Be("unknown");
    }

    [Fact]
    public void Assess_AtWithoutOffsetInSummer_BrusselsSummerTime()
    {
        var stdout = Run(null, "assess", Sexting, "--at", "2026-07-03T17:30").Out;
        Referral(stdout, "vlaams-meldpunt").GetProperty("opensAt").GetString().Should().Be("2026-07-06T09:00:00+02:00");
    }

    [Fact]
    public void Assess_AtWithoutOffsetInTheHourThatRepeats_TakenTheFirstTime()
    {
        // 25 October 2026, 02:30 happens twice in Brussels; the first is summer time (+02:00), a Sunday: all closed.
        var (code, stdout, stderr) = Run(null, "assess", Sexting, "--at", "2026-10-25T02:30");
        code.Should().Be(0, stderr);
        Referral(stdout, "vlaams-meldpunt").GetProperty("opensAt").GetString().Should().Be("2026-10-26T09:00:00+01:00");
    }

    [Fact]
    public void Assess_AtAndLangNl_DutchNote()
    {
        var stdout = Run(null, "assess", Sexting, "--at", "2026-11-27T15:59", "--lang", "nl").Out;
        Referral(stdout, "vlaams-meldpunt").GetProperty("availabilityNote").GetString().Should().Be("Nu open, tot 17:00.");
    }

    [Theory]
    [InlineData("tomorrow")]
    [InlineData("2026-11-27")]
    [InlineData("2026-13-01T10:00")]
    [InlineData("2026-11-27T10:00+15:00")]
    [InlineData("2026-03-29T02:30")]
    public void Assess_BadAt_UsageErrorExit64OneLine(string at)
    {
        var (code, stdout, stderr) = Run(null, "assess", Sexting, "--at", at);
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n").And.Contain("--at");
    }

    [Fact]
    public void Consult_Anonymous_NotNeeded()
    {
        var (code, stdout, _) = Run(null, "consult", "--anonymous", "--format", "json");
        code.Should().Be(0);
        JsonDocument.Parse(stdout).RootElement.GetProperty("consent").GetString().Should().Be("notNeeded");
    }

    [Fact]
    public void Consult_NamedWithDutyInDutch_DependsAndDutch()
    {
        var (code, stdout, _) = Run(null, "consult", "--duty", "professionalSecrecy", "--lang", "nl", "--format", "json");
        code.Should().Be(0);
        var root = JsonDocument.Parse(stdout).RootElement;
        root.GetProperty("consent").GetString().Should().Be("dependsOnYourDuty");
        root.GetProperty("duty").GetString().Should().Be("professionalSecrecy");
        root.GetProperty("explanation")[1].GetString().Should().StartWith("Je hebt beroepsgeheim");
    }

    [Fact]
    public void Consult_UnknownDuty_UsageError()
    {
        Run(null, "consult", "--duty", "secret").Code.Should().Be(64);
    }

    [Fact]
    public void Examples_Behaviour_ClosestFirst()
    {
        var (code, stdout, stderr) = Run(null, "examples", Sexting, "--behaviour", "forwarding", "--count", "2", "--format", "json");
        code.Should().Be(0, stderr);
        var matches = JsonDocument.Parse(stdout).RootElement;
        matches.GetArrayLength().Should().Be(2);
        matches[0].GetProperty("example").GetProperty("id").GetString().Should().Be("teen-forwards-nude");
        matches[0].GetProperty("distance").GetInt32().Should().BeLessThanOrEqualTo(matches[1].GetProperty("distance").GetInt32());
        foreach (var match in matches.EnumerateArray())
        {
            var example = match.GetProperty("example");
            example.GetProperty("distributesImages").GetBoolean().Should().BeTrue("a forwarding case is compared with forwarding examples");
            example.GetProperty("source").GetProperty("isLibrary").GetBoolean().Should().BeTrue();
            example.GetProperty("attribution").GetString().Should().Contain("not one of Sensoa's worked examples");
        }
    }

    [Fact]
    public void Examples_UnknownBehaviour_Exit64WithoutEchoingTheId()
    {
        var (code, stdout, stderr) = Run(null, "examples", Sexting, "--behaviour", "zz-secret-zz");
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("--behaviour").And.NotContain("zz-secret-zz");
    }

    [Fact]
    public void Examples_InvalidIncident_Exit2WithPaths()
    {
        var (code, _, stderr) = Run("{}", "examples", "-");
        code.Should().Be(2);
        stderr.Should().StartWith("$");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("-1")]
    [InlineData("99999999999")]
    [InlineData("-99999999999")]
    [InlineData("3.5")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("١")]
    public void Examples_CountOutOfRange_UsageError(string count)
    {
        var (code, stdout, stderr) = Run(null, "examples", Sexting, "--count", count);

        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("usage error: --count: ").And.NotContain("internal error").And.NotContain(" at ");
    }

    [Fact]
    public void Consult_Default_ReadableTextNotJson()
    {
        var (code, stdout, _) = Run(null, "consult", "--duty", "professionalSecrecy", "--lang", "nl");
        code.Should().Be(0);
        stdout.Should().NotStartWith("{").And.Contain("Je hebt beroepsgeheim").And.EndWith("\n");
        stdout.Should().NotContain("\"consent\"");
    }

    [Fact]
    public void Examples_Default_NumberedTextWithFlagAndDistance()
    {
        var (code, stdout, stderr) = Run(null, "examples", Sexting, "--behaviour", "forwarding", "--count", "2");
        code.Should().Be(0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(5);
        lines[0].Should().Be("An example written for Sensoa.Flags, not one of Sensoa's worked examples.", "the reader must know whose examples these are");
        lines[1].Should().StartWith("1. ");
        lines[2].Should().StartWith("   flag ").And.Contain("distance").And.EndWith("(teen-forwards-nude)");
        lines[3].Should().StartWith("2. ");
    }

    [Fact]
    public void Examples_DutchText_DutchLabels()
    {
        var stdout = Run(null, "examples", Sexting, "--behaviour", "forwarding", "--count", "1", "--lang", "nl").Out;
        stdout.Should().Contain("   vlag ").And.Contain("afstand").And.Contain("omgeving online").And.NotContain("setting");
        stdout.Should().StartWith("Een voorbeeld dat voor Sensoa.Flags geschreven is, geen uitgewerkt voorbeeld van Sensoa.");
    }
}
