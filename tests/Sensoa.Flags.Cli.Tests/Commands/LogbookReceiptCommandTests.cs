using System.Diagnostics;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary><c>logbook receipt</c>, <c>logbook verify --expect</c>, and <c>--attach</c> of what is no file.</summary>
public sealed class LogbookReceiptCommandTests : IDisposable
{
    private readonly string directory = ProcedureFiles.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private string CopyOfShipped()
    {
        var log = Path.Combine(directory, "log.jsonl");
        File.Copy(ProcedureFiles.File("logbook.jsonl"), log);
        return log;
    }

    private static string[] Append(string log, params string[] more) =>
        ["logbook", "append", log, "--channel", "sms", "--occurred-at", "2026-11-30T20:00", "--description", "x", .. more];

    [Fact]
    public void Receipt_ShippedLogbook_OneLineSequenceColonHash()
    {
        var (code, stdout, stderr) = CliRunner.Run("logbook", "receipt", ProcedureFiles.File("logbook.jsonl"));
        code.Should().Be(0, stderr);
        stdout.Should().MatchRegex("^4:[0-9a-f]{64}\n$");
        var head = CliRunner.Run("logbook", "verify", ProcedureFiles.File("logbook.jsonl")).Out.Split('\n')[0];
        head.Should().EndWith(stdout.TrimEnd('\n')[2..]);
    }

    [Fact]
    public void Receipt_Tampered_Exit1ProblemsNoReceipt()
    {
        var (code, stdout, stderr) = CliRunner.Run("logbook", "receipt", ProcedureFiles.File("logbook-tampered.jsonl"));
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("line 2 $: edited:");
    }

    [Fact]
    public void Receipt_EmptyLogbook_Exit2()
    {
        var log = Path.Combine(directory, "empty.jsonl");
        File.WriteAllText(log, string.Empty);
        var (code, stdout, stderr) = CliRunner.Run("logbook", "receipt", log);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Should().Contain("no entries yet");
    }

    [Fact]
    public void Append_PrintsTheReceipt_WhichVerifyExpects()
    {
        var log = CopyOfShipped();
        var (code, stdout, stderr) = CliRunner.Run(Append(log));
        code.Should().Be(0, stderr);
        var receipt = stdout.Split('\n').Single(l => l.StartsWith("receipt ", StringComparison.Ordinal)).Split(' ')[1].TrimEnd(':');
        receipt.Should().MatchRegex("^5:[0-9a-f]{64}$");
        CliRunner.Run("logbook", "receipt", log).Out.Should().Be(receipt + "\n");

        var verified = CliRunner.Run("logbook", "verify", log, "--expect", receipt);
        verified.Code.Should().Be(0, verified.Err);
        verified.Out.Should().Contain("matches 1 receipt: " + receipt);
    }

    [Fact]
    public void VerifyExpect_LastEntriesCut_Exit1NamingTheEntry()
    {
        var log = CopyOfShipped();
        var four = CliRunner.Run("logbook", "receipt", log).Out.TrimEnd('\n');
        File.WriteAllLines(log, File.ReadAllLines(log).Take(2));

        CliRunner.Run("logbook", "verify", log).Code.Should().Be(0, "the chain alone cannot see it");
        var (code, stdout, stderr) = CliRunner.Run("logbook", "verify", log, "--expect", four);
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"receipt {four}: entry 4 is missing: the logbook goes up to entry 2; entries were cut off its end, or the logbook was replaced\n");
    }

    [Fact]
    public void VerifyExpect_Repeated_EachMismatchOnItsOwnLine()
    {
        var log = CopyOfShipped();
        var four = CliRunner.Run("logbook", "receipt", log).Out.TrimEnd('\n');
        var other = "2:" + new string('a', 64);
        var (code, _, stderr) = CliRunner.Run("logbook", "verify", log, "--expect", four, "--expect", other, "--expect", "9:" + new string('b', 64));
        code.Should().Be(1);
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal(
            $"receipt {other}: entry 2 (line 2) is not the entry this receipt was given for: its hash differs, so it or an entry before it was changed, or the logbook was rewritten",
            $"receipt 9:{new string('b', 64)}: entry 9 is missing: the logbook goes up to entry 4; entries were cut off its end, or the logbook was replaced");
    }

    [Theory]
    [InlineData("4")]
    [InlineData("four:abc")]
    [InlineData("0:0000000000000000000000000000000000000000000000000000000000000000")]
    public void VerifyExpect_NotAReceipt_UsageError64(string receipt)
    {
        var (code, stdout, stderr) = CliRunner.Run("logbook", "verify", ProcedureFiles.File("logbook.jsonl"), "--expect", receipt);
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"usage error: --expect: '{receipt}' is not a receipt");
    }

    [Fact]
    public void Verify_WithoutReceipt_SaysWhatTheChainCannotShow()
    {
        CliRunner.Run("logbook", "verify", ProcedureFiles.File("logbook.jsonl")).Out.Split('\n')[1]
            .Should().StartWith("no receipt checked: the chain alone cannot show that entries were cut off");
    }

    [Fact]
    public void AppendHelp_SaysItChecksTheLastEntryAndVerifyTheWholeChain()
    {
        var (code, stdout, _) = CliRunner.Run("logbook", "append", "--help");
        code.Should().Be(0);
        stdout.Should().Contain("Check the last entry").And.Contain("verify checks the whole chain");
    }

    [Fact]
    public void AttachDirectory_Exit66AtOnceNothingWritten()
    {
        var log = CopyOfShipped();
        var before = File.ReadAllBytes(log);
        var (code, stdout, stderr) = CliRunner.Run(Append(log, "--attach", directory));
        code.Should().Be(66);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"--attach: cannot read '{directory}': the path is a directory; nothing appended\n");
        File.ReadAllBytes(log).Should().Equal(before);
    }

    [UnixFact]
    public async Task AttachDeviceOrFifo_Exit66AtOnceNothingWritten()
    {
        var log = CopyOfShipped();
        var before = File.ReadAllBytes(log);
        var fifo = Path.Combine(directory, "pipe");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        // Run on a thread of its own: a read of /dev/zero or a FIFO without a writer would never end, and the test must not hang.
        foreach (var evidence in new[] { "/dev/zero", fifo })
        {
            var run = Task.Run(() => CliRunner.Run(Append(log, "--attach", ProcedureFiles.File("evidence/message-2026-03-02.txt"), "--attach", evidence)));
            var (code, stdout, stderr) = await run.WaitAsync(TimeSpan.FromSeconds(60)); // throws TimeoutException if it hangs
            code.Should().Be(66);
            stdout.Should().BeEmpty();
            stderr.Should().Contain("not a regular file");
        }

        File.ReadAllBytes(log).Should().Equal(before);
    }
}
