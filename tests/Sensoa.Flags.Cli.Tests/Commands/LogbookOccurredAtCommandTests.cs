using System.Security.Cryptography;
using System.Text;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary><c>logbook append --occurred-at</c>: the incident's own time is asked for and shown beside the time of writing.</summary>
public sealed class LogbookOccurredAtCommandTests : IDisposable
{
    private readonly string directory = ProcedureFiles.TempDirectory();

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

        // The canonical line as another program writes it (the hash is the SHA-256 of the line without its hash field),
        // so that verify accepts the chain and shows the channel.
        var canonical = "{\"sequence\":1,\"timestamp\":\"2026-07-14T09:00:00.000+02:00\",\"occurredAt\":\"2026-07-14T08:05:00.000+02:00\","
            + "\"channel\":\"sms\\u001B[2J\",\"description\":\"x\",\"attachments\":[],\"previousHash\":\"" + new string('0', 64) + "\"";
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical + "}")));
        File.WriteAllText(log, canonical + ",\"hash\":\"" + hash + "\"}\n");
        var (code, stdout, _) = CliRunner.Run("logbook", "verify", log);
        code.Should().Be(0);
        stdout.Should().NotContain("\u001b").And.Contain("sms [2J;");
    }
}
