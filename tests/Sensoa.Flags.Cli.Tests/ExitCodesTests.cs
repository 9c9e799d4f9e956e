using Sensoa.Flags.Tests.Json;
using System.Text.RegularExpressions;
using Sensoa.Flags.Tests;

namespace Sensoa.Flags.Cli.Tests;

/// <summary>The exit-code scheme: fixed numbers, printed by --help, the same table in the README, one code per situation.</summary>
public sealed partial class ExitCodesTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("sensoa-exit-codes-");

    public void Dispose() => work.Delete(recursive: true);

    [Fact]
    public void Table_Numbers_AreTheDocumentedScheme()
    {
        ExitCodes.Table.Select(row => row.Code).Should().Equal(0, 1, 2, 64, 66, 70, 73);
        (ExitCodes.Success, ExitCodes.CheckFailed, ExitCodes.InvalidData, ExitCodes.Usage, ExitCodes.NoInput, ExitCodes.Internal, ExitCodes.CannotWrite)
            .Should().Be((0, 1, 2, 64, 66, 70, 73));
    }

    [Theory]
    [InlineData]
    [InlineData("assess")]
    [InlineData("sexting", "advance")]
    public void Help_AnyCommand_EndsWithTheExitCodeTable(params string[] command)
    {
        var (code, stdout, _) = Run(null, [.. command, "--help"]);
        code.Should().Be(0);
        stdout.Should().EndWith(ExitCodes.HelpSection());
        foreach (var (number, meaning) in ExitCodes.Table)
        {
            stdout.Should().Contain($"{number}").And.Contain(meaning);
        }
    }

    [Fact]
    public void Docs_ExitCodeTable_HasEveryCodeAndNoOther()
    {
        var readme = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, "docs", "cli.md"));
        var section = readme[readme.IndexOf("### Exit codes", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n\n", section.IndexOf("| code |", StringComparison.Ordinal), StringComparison.Ordinal)];
        var codes = TableRow().Matches(section).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        codes.Should().Equal(ExitCodes.Table.Select(row => row.Code));
    }

    [Fact]
    public void Assess_EmptyFile_Exit2SaysEmpty()
    {
        var file = Path.Combine(work.FullName, "empty.json");
        File.WriteAllText(file, "  \n");
        var (code, stdout, stderr) = Run(null, "assess", file);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"$: '{file}' is empty; expected JSON\n");
    }

    [Fact]
    public void Assess_HistoryWithAnUnknownPerson_Exit2LineStartsWithThePath()
    {
        const string incident = """
            { "jurisdiction": "flanders", "setting": "school", "people": [ { "id": "p1", "ageYears": 14 } ],
              "behaviours": [ { "id": "b1", "actorId": "p1",
                "criteria": { "consent": "yellow", "voluntariness": "green", "equality": "green", "development": "green", "context": "green", "impact": "green" } } ],
              "history": [ { "id": "h1", "personId": "p7", "occurredOn": "2026-02-03", "flag": "yellow" } ] }
            """;
        var (code, stdout, stderr) = Run(incident, "assess", "-");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("$.history[0].personId: ");
    }

    [Fact]
    public void Assess_HistoryOfTheActor_Exit0AndTheOutputNamesTheEntry()
    {
        var (code, stdout, _) = Run(null, "assess", Path.Combine(AppContext.BaseDirectory, "cases", "red-repeated-from-history.json"));
        code.Should().Be(0);
        stdout.Should().Contain("\"id\": \"history.repetition\"").And.Contain("case-2026-041").And.Contain("2026-10-03");
    }

    [Fact]
    public void Assess_EmptyStdin_Exit2SaysEmpty()
    {
        var (code, _, stderr) = Run(string.Empty, "assess", "-");
        code.Should().Be(2);
        stderr.Should().Be("$: standard input is empty; expected JSON\n");
    }

    [Fact]
    public void Assess_Directory_Exit66SaysDirectory()
    {
        var (code, stdout, stderr) = Run(null, "assess", work.FullName);
        code.Should().Be(66);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"error: cannot read '{work.FullName}': it is a directory; give a file\n");
    }

    [Fact]
    public void Assess_TooLarge_Exit2()
    {
        var (code, _, stderr) = Run(new string(' ', (int)Limits.MaxInputBytes + 10), "assess", "-");
        code.Should().Be(2);
        stderr.Should().StartWith("$: the input is larger than");
    }

    [Fact]
    public void ScreenerReport_UnwritableSvg_Exit73()
    {
        var (code, _, stderr) = Run(null, "screener", "report", ProcedureFiles.File("screener-answers.json"),
            "--svg", Path.Combine(work.FullName, "no-such-dir", "chart.svg"));
        code.Should().Be(73);
        stderr.Should().StartWith("error: cannot write");
    }

    [Fact]
    public void ProcedureCommand_Stdin_Exit64()
    {
        Run(null, "sexting", "show", "-").Code.Should().Be(64);
    }

    [Fact]
    public void Assess_Valid_Exit0()
    {
        Run(null, "assess", Path.Combine(Samples.Directory, "two-person-sexting.json")).Code.Should().Be(0);
    }

    private static (int Code, string Out, string Err) Run(string? stdin, params string[] args) => CliRunner.WithText(stdin, args);

    [GeneratedRegex(@"^\| (\d+) \|", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
