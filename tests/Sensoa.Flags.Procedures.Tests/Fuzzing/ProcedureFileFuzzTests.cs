using System.Text;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Procedures.Screener;
using Sensoa.Flags.Procedures.Sexting;
using Sensoa.Flags.Procedures.Tests.Cli;

namespace Sensoa.Flags.Procedures.Tests.Fuzzing;

/// <summary>
/// Every kind of procedure file (sexting state, step input, screener answers, logbook lines), starting from the shipped
/// samples and mutated by <see cref="JsonMutator"/>, through the library's readers and through the command line
/// in-process: never an exception, never an exit code outside the documented ones (70, "internal error", is a bug), never
/// a stack trace. Seeds are fixed, so a run is the same every time and a failure names its mutation; the counts keep each
/// test to a few seconds.
/// </summary>
public sealed class ProcedureFileFuzzTests : IDisposable
{
    private const int LibraryRuns = 400;
    private const int CliRuns = 150;

    private static readonly int[] Documented = [0, 1, 2, 64, 66, 73];

    /// <summary>Invalid data (2) or a failed check (1): what most mutated files must come to.</summary>
    private static readonly int[] ExitCodesForBadData = [2];

    private static readonly ISextingWorkflow Workflow = SextingWorkflow.Create(FlagAssessor.Create(), TimeProvider.System);

    private static readonly (string File, SextingTrigger Trigger)[] Inputs =
    [
        ("sexting/young-people-heard.json", SextingTrigger.YoungPeopleHeard),
        ("sexting/parents-heard.json", SextingTrigger.ParentsHeard),
        ("sexting/weighed.json", SextingTrigger.Weighed),
        ("sexting/decided.json", SextingTrigger.Decided),
        ("sexting/decided-blaming.json", SextingTrigger.Decided),
        ("sexting/police-asked.json", SextingTrigger.PoliceAsked),
        ("sexting/followed-up.json", SextingTrigger.FollowedUp),
        ("sexting/consulted.json", SextingTrigger.Consulted),
    ];

    private readonly string directory = Samples.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private static string Sample(string name) => File.ReadAllText(Samples.File(name));

    /// <summary>A mutated logbook: one line mutated as JSON, or the whole file's bytes.</summary>
    private static (byte[] Bytes, string Description) MutatedLogbook(Random random)
    {
        var lines = Sample("logbook.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var index = random.Next(lines.Length);
        var (line, what) = JsonMutator.Mutate(lines[index], random);
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            bytes.AddRange(i == index ? line : Encoding.UTF8.GetBytes(lines[i]));
            bytes.Add((byte)'\n');
        }

        return ([.. bytes], $"line {index + 1}: {what}");
    }

    private static void Library(string what, Action read)
    {
        var act = read;
        act.Should().NotThrow(what);
    }

    private readonly HashSet<int> seen = [];

    private (int Code, string Out, string Err) Cli(string what, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args);
        seen.Add(code);
        Documented.Should().Contain(code, $"{what}: {stderr}");
        (stdout + stderr).Should().NotContain("   at ", what).And.NotContain("internal error", what).And.NotContain("Exception", what);
        return (code, stdout, stderr);
    }

    [Fact]
    public void Load_MutatedSextingStates_ErrorsNeverExceptions()
    {
        var random = new Random(1401);
        var sample = Sample("sexting/state.json");
        var refused = 0;
        for (var run = 0; run < LibraryRuns; run++)
        {
            var (bytes, what) = JsonMutator.Mutate(sample, random);
            Library($"run {run}: {what}", () =>
            {
                var loaded = Workflow.Load(bytes);
                if (loaded.IsValid)
                {
                    _ = Workflow.Describe(loaded.State!, System.Globalization.CultureInfo.GetCultureInfo("nl"));
                }
                else
                {
                    refused++;
                    loaded.Errors.Should().OnlyContain(e => e.Path.StartsWith('$'), what);
                }
            });
        }

        refused.Should().BeGreaterThan(LibraryRuns / 2, "most mutations must reach the reader's checks, or the fuzzing tests nothing");
    }

    [Fact]
    public void ReadInput_MutatedStepInputs_ErrorsNeverExceptions()
    {
        var random = new Random(1402);
        var refused = 0;
        for (var run = 0; run < LibraryRuns; run++)
        {
            var (file, trigger) = Inputs[run % Inputs.Length];
            var (bytes, what) = JsonMutator.Mutate(Sample(file), random);
            Library($"run {run} ({file}): {what}", () => refused += Workflow.ReadInput(trigger, bytes, out _) is null ? 1 : 0);
        }

        refused.Should().BeGreaterThan(LibraryRuns / 2);
    }

    [Fact]
    public void Parse_MutatedScreenerAnswers_ErrorsNeverExceptions()
    {
        var random = new Random(1403);
        var screener = SchoolPolicyScreener.Create();
        var refused = 0;
        var sample = Sample("screener-answers.json");
        for (var run = 0; run < LibraryRuns; run++)
        {
            var (bytes, what) = JsonMutator.Mutate(sample, random);
            Library($"run {run}: {what}", () =>
            {
                var parsed = screener.Parse(bytes);
                if (parsed.IsValid)
                {
                    _ = screener.Report(parsed.Answers!);
                }
                else
                {
                    refused++;
                }
            });
        }

        refused.Should().BeGreaterThan(LibraryRuns / 2);
    }

    [Fact]
    public void VerifyAndAppend_MutatedLogbooks_ProblemsNeverExceptions()
    {
        var random = new Random(1404);
        var logbook = EvidenceLogbook.Create(TimeProvider.System);
        var path = Path.Combine(directory, "log.jsonl");
        for (var run = 0; run < LibraryRuns; run++)
        {
            var (bytes, what) = MutatedLogbook(random);
            File.WriteAllBytes(path, bytes);
            Library($"run {run}: {what}", () =>
            {
                _ = logbook.Verify(path);
                _ = logbook.Verify(new StringReader(Encoding.UTF8.GetString(bytes)));
                var appended = logbook.Append(path, new NewLogbookEntry { Channel = "sms", Description = "fuzz" });
                if (appended.Succeeded)
                {
                    // Whatever was in the file, the new entry continues the last one: verify never blames the append.
                    logbook.Verify(path).Problems.Should().NotContain(p => p.Line == File.ReadAllLines(path).Length, what);
                }
                else
                {
                    File.ReadAllBytes(path).Should().Equal(bytes, $"a refused append leaves the file as it was ({what})");
                }
            });
        }
    }

    [Fact]
    public void Cli_MutatedSextingStatesAndInputs_DocumentedExitCodesOnly()
    {
        var random = new Random(1405);
        var state = Path.Combine(directory, "state.json");
        var input = Path.Combine(directory, "input.json");
        var output = Path.Combine(directory, "out.json");
        for (var run = 0; run < CliRuns; run++)
        {
            var (stateBytes, stateWhat) = JsonMutator.Mutate(Sample("sexting/state.json"), random);
            File.WriteAllBytes(state, stateBytes);
            Cli($"run {run} state: {stateWhat}", "sexting", "show", state, "--lang", run % 2 == 0 ? "nl" : "en");
            Cli($"run {run} state: {stateWhat}", "sexting", "advance", state, "youngPeopleHeard", "--input", Samples.File("sexting/young-people-heard.json"), "--out", output);

            var (file, trigger) = Inputs[run % Inputs.Length];
            var (inputBytes, inputWhat) = JsonMutator.Mutate(Sample(file), random);
            File.WriteAllBytes(input, inputBytes);
            var name = char.ToLowerInvariant(trigger.ToString()[0]) + trigger.ToString()[1..];
            Cli($"run {run} input {file}: {inputWhat}", "sexting", "advance", Samples.File("sexting/state.json"), name, "--input", input, "--out", output);
        }

        seen.Should().Contain(ExitCodesForBadData, "the mutations must reach the checks");
    }

    [Fact]
    public void Cli_MutatedScreenerAnswers_DocumentedExitCodesOnly()
    {
        var random = new Random(1406);
        var answers = Path.Combine(directory, "answers.json");
        for (var run = 0; run < CliRuns; run++)
        {
            var (bytes, what) = JsonMutator.Mutate(Sample("screener-answers.json"), random);
            File.WriteAllBytes(answers, bytes);
            Cli($"run {run}: {what}", "screener", "report", answers, "--svg", Path.Combine(directory, "chart.svg"), "--lang", run % 2 == 0 ? "nl" : "en");
        }

        seen.Should().Contain(ExitCodesForBadData, "the mutations must reach the checks");
    }

    [Fact]
    public void Cli_MutatedLogbooks_DocumentedExitCodesOnly()
    {
        var random = new Random(1407);
        var path = Path.Combine(directory, "log.jsonl");
        for (var run = 0; run < CliRuns; run++)
        {
            var (bytes, what) = MutatedLogbook(random);
            File.WriteAllBytes(path, bytes);
            Cli($"run {run}: {what}", "logbook", "verify", path);
            Cli($"run {run}: {what}", "logbook", "append", path, "--channel", "sms", "--description", "fuzz");
        }

        seen.Should().Contain(1, "a broken logbook fails verification");
    }
}
