using System.Diagnostics;
using Sensoa.Flags.Procedures.Logbook;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>The command line run as separate processes at once on one file, as colleagues or scripts would.</summary>
public sealed class ConcurrencyTests : IDisposable
{
    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "sensoa-flags.dll");

    private readonly string directory = ProcedureFiles.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void LogbookAppend_EightProcessesAtOnceTwentyTimes_EightEntriesEachTimeAndIntact()
    {
        var log = Path.Combine(directory, "log.jsonl");
        for (var run = 1; run <= 20; run++)
        {
            var processes = Enumerable.Range(1, 8)
                .Select(i => Start("logbook", "append", log, "--channel", "e-mail", "--occurred-at", "2026-03-02T23:10", "--description", $"run {run}, writer {i}"))
                .ToArray();
            foreach (var process in processes)
            {
                process.WaitForExit();
                process.ExitCode.Should().Be(0, process.StandardError.ReadToEnd());
                process.Dispose();
            }

            var verification = EvidenceLogbook.Create(TimeProvider.System).Verify(log);
            verification.Problems.Should().BeEmpty();
            verification.Entries.Should().HaveCount(8 * run);
        }
    }

    [Fact]
    public void SextingAdvance_TwoProcessesAtOnce_ExactlyOneWinsTheOtherSaysItChanged()
    {
        for (var run = 0; run < 5; run++)
        {
            var state = Path.Combine(directory, $"state-{run}.json");
            File.Copy(ProcedureFiles.File("sexting/state.json"), state);
            var input = ProcedureFiles.File("sexting/young-people-heard.json");
            var processes = Enumerable.Range(0, 2).Select(_ => Start("sexting", "advance", state, "youngPeopleHeard", "--input", input)).ToArray();
            var results = processes.Select(p =>
            {
                p.WaitForExit();
                var result = (p.ExitCode, Err: p.StandardError.ReadToEnd());
                p.Dispose();
                return result;
            }).ToArray();

            // Both may also run one after the other: then the second finds the step already taken and is refused.
            results.Count(r => r.ExitCode == 0).Should().Be(1, string.Join(" | ", results.Select(r => r.Err)));
            var loser = results.Single(r => r.ExitCode != 0);
            loser.ExitCode.Should().BeOneOf(1, 73);
            loser.Err.Should().NotContain("   at ").And.NotBeEmpty();
            Procedures.Sexting.SextingWorkflow.Create().Load(File.ReadAllBytes(state)).State!.Step.Should().Be(Procedures.Sexting.SextingStep.TalkToParents);
        }
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Cli);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }
}
