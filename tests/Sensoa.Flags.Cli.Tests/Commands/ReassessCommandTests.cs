using Sensoa.Flags.Tests.Batch;

namespace Sensoa.Flags.Cli.Tests.Commands;

public sealed class ReassessCommandTests
{
    private static (int Code, string Out, string Err) Run(string? stdin, params string[] args) => CliRunner.WithText(stdin, args);

    private static string Lines(params string[] lines) => string.Concat(lines.Select(l => l + "\n"));

    [Fact]
    public void Reassess_Unchanged_Exit0NoRecordsSummaryOnStderr()
    {
        var incident = BatchLines.Incident(1);
        var (code, stdout, stderr) = Run(Lines(BatchLines.Pair(incident), BatchLines.Pair(incident)), "reassess", "-");

        code.Should().Be(0);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("unchanged").And.MatchRegex(@"compared with a stored assessment\s+2\n");
    }

    [Fact]
    public void Reassess_ChangedAndBadLine_Exit1RecordsOnStdoutInOrder()
    {
        var incident = BatchLines.Incident(2);
        var stale = BatchLines.WithFirstBehaviour(BatchLines.Today(incident), "registration", "\"unheardOf\"");
        var (code, stdout, _) = Run(Lines(BatchLines.Pair(incident, stale), "{oops", BatchLines.Pair(incident)), "reassess", "-");

        code.Should().Be(1);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        records.Should().HaveCount(2);
        records[0].Should().StartWith("{\"line\":1,\"kind\":\"changed\"").And.Contain("\"registration\":{\"old\":\"unheardOf\"");
        records[1].Should().StartWith("{\"line\":2,\"kind\":\"error\"");
    }

    [Fact]
    public void Reassess_OutFileAndJsonSummary_RecordsInFileSummaryOnStdout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"reassess-{Guid.NewGuid():N}.jsonl");
        try
        {
            var (code, stdout, stderr) = Run(Lines(BatchLines.Incident(3)), "reassess", "-", "--out", path, "--summary-format", "json");

            code.Should().Be(0);
            stderr.Should().BeEmpty("standard error is not a terminal here: no progress display");
            stdout.Should().StartWith("{\n  \"newRuleSetVersion\"").And.Contain("\"assessed\": 1");
            File.ReadAllText(path).Should().StartWith("{\"line\":1,\"kind\":\"assessed\",\"assessment\":{\"ruleSetVersion\"");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Reassess_SummaryOnly_NoRecordsTableOnStdout()
    {
        var (code, stdout, stderr) = Run(Lines("nonsense"), "reassess", "-", "--summary-only");

        code.Should().Be(1);
        stderr.Should().BeEmpty();
        stdout.Should().StartWith("Re-assessed with rule set").And.Contain("$ (invalidJson)");
    }

    [Fact]
    public void Reassess_EmptyInput_Exit0ZeroLines()
    {
        var (code, stdout, _) = Run(string.Empty, "reassess", "-", "--summary-only");
        code.Should().Be(0);
        stdout.Should().MatchRegex(@"lines read\s+0\n");
    }

    [Fact]
    public void Reassess_MissingFile_Exit66()
    {
        var (code, stdout, stderr) = Run(null, "reassess", Path.Combine(Path.GetTempPath(), "no-such-archive.jsonl"));
        code.Should().Be(66);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("error: cannot read").And.Contain("no such file");
    }

    [Fact]
    public void Reassess_ShippedArchive_EveryLineComparedOrRefusedNeverAssessedAlone()
    {
        var (code, stdout, _) = Run(null, "reassess", BatchLines.ArchivePath, "--summary-only", "--summary-format", "json");
        code.Should().BeOneOf(0, 1);
        stdout.Should().Contain("\"linesRead\": 47").And.Contain("\"assessed\": 0");
    }
}
