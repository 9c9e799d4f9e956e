using Sensoa.Flags.Tests.Json;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Cli.Tests;

public sealed class CliTests
{
    private static (int Code, string Out, string Err) Run(string? stdin, params string[] args) => CliRunner.WithText(stdin, args);

    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void Assess_ShippedCase_Exit0AndJson(string name)
    {
        var (code, stdout, stderr) = Run(null, "assess", Path.Combine(Samples.Directory, name));
        code.Should().Be(0);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith("{").And.Contain("\"ruleSetVersion\"");
    }

    [Fact]
    public void Assess_Stdin_SameAsFile()
    {
        var file = Path.Combine(Samples.Directory, "two-person-sexting.json");
        Run(File.ReadAllText(file), "assess", "-").Out.Should().Be(Run(null, "assess", file).Out);
    }

    [Fact]
    public void Assess_Invalid_Exit2NothingOnStdoutOneLinePerErrorStartingWithPath()
    {
        var json = Samples.Minimal.Replace("\"consent\": \"yellow\"", "\"consent\": \"purple\"", StringComparison.Ordinal)
            .Replace(", \"impact\": \"green\"", string.Empty, StringComparison.Ordinal);
        var (code, stdout, stderr) = Run(json, "assess", "-");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(
            "$.behaviours[0].criteria.consent: not an allowed value; expected one of green, yellow, red, black, unknown",
            "$.behaviours[0].criteria.impact: required");
    }

    [Fact]
    public void Assess_Dutch_TextsInDutch()
    {
        var (code, stdout, _) = Run(Samples.Minimal, "assess", "-", "--lang", "nl");
        code.Should().Be(0);
        stdout.Should().Contain("Het zwaarst beoordeelde criterium");
    }

    [Theory]
    [InlineData]
    [InlineData("assess")]
    [InlineData("frobnicate")]
    [InlineData("assess", "-", "--lang", "de")]
    [InlineData("assess", "a.json", "b.json")]
    public void UsageError_Exit64OneLine(params string[] args)
    {
        var (code, stdout, stderr) = Run(null, args);
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void MissingFile_Exit66OneLine()
    {
        var (code, stdout, stderr) = Run(null, "assess", "/no/such/file.json");
        code.Should().Be(66);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("/no/such/file.json").And.Contain("no such file");
    }

    [UnixFact]
    public async Task DeviceOrFifo_Exit66AtOnceNotRead()
    {
        var folder = Directory.CreateTempSubdirectory("sensoa-cli-").FullName;
        try
        {
            var fifo = Path.Combine(folder, "pipe");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
            {
                await mkfifo.WaitForExitAsync();
            }

            // On a thread of its own: reading /dev/zero to the limit, or a FIFO nobody writes, must not be what happens.
            foreach (var args in new[] { new[] { "assess", "/dev/zero" }, ["assess", fifo], ["examples", fifo] })
            {
                var (code, stdout, stderr) = await Task.Run(() => Run(null, args)).WaitAsync(TimeSpan.FromSeconds(60));
                code.Should().Be(66, string.Join(' ', args));
                stdout.Should().BeEmpty();
                stderr.Should().Be($"error: cannot read '{args[1]}': the path is not a regular file (a FIFO, a device or a socket)\n");
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [UnixFact]
    public void Assess_ThroughASymbolicLinkToACase_Read()
    {
        var folder = Directory.CreateTempSubdirectory("sensoa-cli-").FullName;
        try
        {
            var link = Path.Combine(folder, "case.json");
            File.CreateSymbolicLink(link, Path.Combine(Samples.Directory, "two-person-sexting.json"));
            Run(null, "assess", link).Code.Should().Be(0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Rules_ListsEveryRuleId()
    {
        var (code, stdout, _) = Run(null, "rules");
        code.Should().Be(0);
        foreach (var rule in FlagAssessor.DescribeRules())
        {
            stdout.Should().Contain(rule.Id);
        }
    }
}
