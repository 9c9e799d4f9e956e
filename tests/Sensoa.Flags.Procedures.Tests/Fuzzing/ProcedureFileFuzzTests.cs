using System.Text;
using Sensoa.Flags.Procedures.Logbook;
using Sensoa.Flags.Procedures.Screener;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Fuzzing;

/// <summary>
/// Every kind of procedure file (sexting state, step input, screener answers, logbook lines), starting from the shipped
/// samples and mutated by <see cref="JsonMutator"/>, through the library's readers (the command line runs them in the
/// CLI's tests): never an exception. Seeds are fixed, so a run is the same every time and a failure names its mutation;
/// the counts keep each test to a few seconds.
/// </summary>
public sealed class ProcedureFileFuzzTests : IDisposable
{
    private const int LibraryRuns = 400;

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

    private static void Library(string what, Action read)
    {
        var act = read;
        act.Should().NotThrow(what);
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
            var (bytes, what) = JsonMutator.MutateLogbook(Sample("logbook.jsonl"), random);
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
}
