namespace Sensoa.Flags.Procedures.Tests.Cli;

/// <summary><c>logbook append --occurred-at</c>: the incident's own time is asked for and shown beside the time of writing.</summary>
public sealed class LogbookOccurredAtCommandTests : IDisposable
{
    private readonly string directory = Samples.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Append_WithoutOccurredAt_UsageErrorNothingWritten()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var (code, stdout, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms", "--description", "x");
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("--occurred-at");
        File.Exists(log).Should().BeFalse();
    }

    [Fact]
    public void Append_OccurredAtNotADate_UsageErrorNamingTheOption()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var (code, _, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms", "--occurred-at", "last night", "--description", "x");
        code.Should().Be(64);
        stderr.Should().Contain("--occurred-at: not an ISO 8601 date-time");
        File.Exists(log).Should().BeFalse();
    }

    [Fact]
    public void Append_OccurredAtWithoutOffset_BrusselsTimeShownWithWhereAndWhenWritten()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var (code, stdout, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "waiting room", "--occurred-at", "2026-07-14T08:05", "--description", "x");
        code.Should().Be(0, stderr);
        stdout.Should().Contain("#1  happened 2026-07-14 08:05 +02:00, waiting room; written ");
        File.ReadAllText(log).Should().Contain("\"occurredAt\":\"2026-07-14T08:05:00.000+02:00\"");
    }

    [Fact]
    public void Append_ChannelWithControlCharacters_Exit2PathNothingWritten()
    {
        var log = Path.Combine(directory, "log.jsonl");
        var (code, stdout, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms\u001b[2J", "--occurred-at", "2026-07-14T08:05", "--description", "x");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("$.channel: holds a control character").And.NotContain("\u001b");
        File.Exists(log).Should().BeFalse();
    }

    [Fact]
    public void Verify_ChannelWithControlCharacters_ShownWithoutThem()
    {
        // A logbook written before append refused them (or by another program) may hold them: verify shows it safely.
        var log = Path.Combine(directory, "log.jsonl");
        var entry = new Procedures.Logbook.LogbookEntry
        {
            Sequence = 1,
            Timestamp = new DateTimeOffset(2026, 7, 14, 9, 0, 0, TimeSpan.FromHours(2)),
            OccurredAt = new DateTimeOffset(2026, 7, 14, 8, 5, 0, TimeSpan.FromHours(2)),
            Channel = "sms\u001b[2J",
            Description = "x",
            Attachments = [],
            PreviousHash = Procedures.Logbook.LogbookCanonical.GenesisHash,
            Hash = string.Empty,
        };
        File.WriteAllText(log, Procedures.Logbook.LogbookCanonical.Line(entry with { Hash = Procedures.Logbook.LogbookCanonical.Hash(entry) }) + "\n");
        var (code, stdout, _) = CliRunner.Run("logbook", "verify", log);
        code.Should().Be(0);
        stdout.Should().NotContain("\u001b").And.Contain("sms [2J;");
    }
}
