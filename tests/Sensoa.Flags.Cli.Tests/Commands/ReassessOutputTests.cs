using System.Diagnostics;
using System.Text;
using Sensoa.Flags.Testing;
using Sensoa.Flags.Tests.Batch;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>
/// <c>reassess --out</c> loses nothing: it never writes over its own input, touches the output only once the input is
/// open, replaces it only in full, and keeps the old one when the disk is full. Input that is no file ends at once.
/// </summary>
public sealed class ReassessOutputTests : IDisposable
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "sensoa-flags.dll");

    private readonly string directory = Directory.CreateTempSubdirectory("sensoa-reassess-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static (int Code, string Out, string Err) Run(Stream? stdin, params string[] args) => CliRunner.WithStream(stdin ?? Stream.Null, args);

    private string Archive(string name = "archive.jsonl")
    {
        var path = Path.Combine(directory, name);
        File.Copy(BatchLines.ArchivePath, path);
        return path;
    }

    private void ShouldRefuseAsItsOwnInput(string archive, IEnumerable<(string Input, string Out)> forms)
    {
        var before = File.ReadAllBytes(archive);
        foreach (var (input, output) in forms)
        {
            var (code, stdout, stderr) = Run(null, "reassess", input, "--out", output);
            code.Should().Be(64, $"{input} -> {output}: {stderr}");
            stdout.Should().BeEmpty();
            stderr.Should().StartWith("usage error: --out '").And.Contain("is the input itself");
            File.ReadAllBytes(archive).Should().Equal(before);
        }
    }

    private void ShouldRefuseToRead(string input)
    {
        var output = Path.Combine(directory, "changes.jsonl");
        File.WriteAllText(output, "an old report\n");
        var (code, stdout, stderr) = Run(null, "reassess", input, "--out", output);
        code.Should().Be(66, $"{input}: {stderr}");
        stdout.Should().BeEmpty();
        stderr.Should().StartWith($"error: cannot read '{input}': ");
        File.ReadAllText(output).Should().Be("an old report\n");
    }

    [Fact]
    public void Out_SamePathInAnyForm_Usage64BothFilesUnchanged()
    {
        var archive = Archive();
        ShouldRefuseAsItsOwnInput(archive, [
            (archive, archive),
            (archive, Path.Combine(directory, ".", "archive.jsonl")),
            (archive, Path.Combine(directory, "..", Path.GetFileName(directory), "archive.jsonl")),
        ]);
    }

    [UnixFact]
    public void Out_SameFileThroughALink_Usage64BothFilesUnchanged()
    {
        var archive = Archive();
        var hard = Path.Combine(directory, "hard.jsonl");
        var soft = Path.Combine(directory, "soft.jsonl");
        Process.Start("ln", [archive, hard])!.WaitForExit();
        File.CreateSymbolicLink(soft, archive);
        ShouldRefuseAsItsOwnInput(archive, [(archive, hard), (hard, archive), (soft, archive), (archive, soft)]);
    }

    [Fact]
    public void Out_StandardInputFromTheSameFile_Usage64ArchiveUnchanged()
    {
        var archive = Archive();
        var before = File.ReadAllBytes(archive);
        using (var stdin = File.OpenRead(archive))
        {
            var (code, _, stderr) = Run(stdin, "reassess", "-", "--out", archive);
            code.Should().Be(64, stderr);
        }

        File.ReadAllBytes(archive).Should().Equal(before);
    }

    [UnixFact]
    public void Out_StandardInputRedirectedByTheShell_Usage64ArchiveUnchanged()
    {
        // As a person types it: reassess - --out a.jsonl < a.jsonl. The shell opens a.jsonl as standard input.
        var archive = Archive();
        var before = File.ReadAllBytes(archive);
        var info = new ProcessStartInfo("/bin/sh") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add("exec dotnet \"$0\" reassess - --out \"$1\" < \"$1\"");
        info.ArgumentList.Add(Cli);
        info.ArgumentList.Add(archive);
        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(64, stderr);
        stderr.Should().Contain("is the input itself");
        File.ReadAllBytes(archive).Should().Equal(before);
    }

    [Fact]
    public void Out_OtherFile_ReplacedInFullNoTemporaryFileLeft()
    {
        var archive = Archive();
        var output = Path.Combine(directory, "changes.jsonl");
        File.WriteAllText(output, "an old report\n");
        var (code, stdout, stderr) = Run(null, "reassess", archive, "--out", output);
        code.Should().BeOneOf([0, 1], stderr);
        stdout.Should().StartWith("Re-assessed with rule set");
        var records = File.ReadAllLines(output);
        records.Should().NotBeEmpty().And.OnlyContain(l => l.StartsWith("{\"line\":", StringComparison.Ordinal));
        Directory.GetFiles(directory).Select(Path.GetFileName).Should().BeEquivalentTo("archive.jsonl", "changes.jsonl");
    }

    [Fact]
    public void Out_InputMissingOrADirectory_Exit66OutputUntouched()
    {
        foreach (var input in new[] { Path.Combine(directory, "missing.jsonl"), directory })
        {
            ShouldRefuseToRead(input);
        }
    }

    [UnixFact]
    public async Task Out_InputADeviceOrFifo_Exit66AtOnceOutputUntouched()
    {
        var fifo = Path.Combine(directory, "pipe");
        Process.Start("mkfifo", [fifo])!.WaitForExit();
        foreach (var input in new[] { "/dev/zero", fifo })
        {
            // On a thread of its own: reading /dev/zero, or a FIFO nobody writes, would never end, and the test must not hang.
            await Task.Run(() => ShouldRefuseToRead(input)).WaitAsync(TimeSpan.FromSeconds(60));
        }
    }

    [Fact]
    public void Out_NoSuchDirectory_Exit73NothingWritten()
    {
        var archive = Archive();
        var (code, _, stderr) = Run(null, "reassess", archive, "--out", Path.Combine(directory, "no", "changes.jsonl"));
        code.Should().Be(73);
        stderr.Should().Be($"error: cannot write '{Path.Combine(directory, "no", "changes.jsonl")}': no such directory; nothing was changed\n");
    }

    [RootFact]
    public void Out_FullDisk_Exit73OldOutputKeptNoTornHalf()
    {
        using var small = SmallFileSystem.TryMount(directory);
        small.Should().NotBeNull("root on Linux can mount a small tmpfs");
        var output = Path.Combine(small!.Path, "changes.jsonl");
        File.WriteAllText(output, "an old report\n");
        var archive = Archive();
        small.Fill();

        var (code, stdout, stderr) = Run(null, "reassess", archive, "--out", output);
        code.Should().Be(73, stderr);
        stdout.Should().BeEmpty();
        stderr.Should().Be($"error: cannot write '{output}': disk full: nothing was written, and the file is as it was; nothing was changed\n");
        File.ReadAllText(output).Should().Be("an old report\n");
        Directory.GetFiles(small.Path).Select(Path.GetFileName).Should().BeEquivalentTo("changes.jsonl", "filler");
    }

    [Fact]
    public void StoredRecordText_ReachesTheTerminalEscaped()
    {
        var incident = BatchLines.Incident(4);
        var stored = BatchLines.WithFirstBehaviour(BatchLines.Today(incident), "flag", "\"red\\u001b]0;owned\\u0007\\u009b31m\"");
        var (code, stdout, stderr) = Run(new MemoryStream(Encoding.UTF8.GetBytes(BatchLines.Pair(incident, stored) + "\n")), "reassess", "-");
        code.Should().Be(1);
        stderr.Should().Contain("red\\u001b]0;owned\\u0007\\u009b31m").And.NotContain("\u001b").And.NotContain("\u0007").And.NotContain("\u009b");
        stdout.Should().NotContain("\u001b").And.NotContain("\u009b");
    }

    [Fact]
    public void StoredRuleSetNewerThanTheLibrarys_ErrorRecordSayingSo()
    {
        var incident = BatchLines.Incident(5);
        var today = BatchLines.Today(incident);
        var current = Version.Parse(FlagAssessor.RuleSetVersion);
        var newer = new Version(current.Major + 1, 0, 0).ToString(3);
        var lines = string.Concat(
            BatchLines.Pair(incident, today.Replace($"\"ruleSetVersion\":\"{FlagAssessor.RuleSetVersion}\"", $"\"ruleSetVersion\":\"{newer}\"", StringComparison.Ordinal)) + "\n",
            BatchLines.Pair(incident, today) + "\n",
            BatchLines.Pair(incident, today.Replace($"\"ruleSetVersion\":\"{FlagAssessor.RuleSetVersion}\"", "\"ruleSetVersion\":\"1.0.0\"", StringComparison.Ordinal)) + "\n");
        var (code, stdout, _) = Run(new MemoryStream(Encoding.UTF8.GetBytes(lines)), "reassess", "-");
        code.Should().Be(1);
        var records = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        records[0].Should().StartWith("{\"line\":1,\"kind\":\"error\",\"errors\":[{\"path\":\"$.assessment.ruleSetVersion\",\"code\":\"outOfRange\"")
            .And.Contain($"assessed with rule set {newer}, newer than this library's {current.ToString(3)}");
        records.Should().NotContain(r => r.StartsWith("{\"line\":2,", StringComparison.Ordinal), "the same version compares unchanged");
        records.Should().NotContain(r => r.StartsWith("{\"line\":3,\"kind\":\"error\"", StringComparison.Ordinal), "an older version is compared, not refused");
    }
}
