using Sensoa.Flags.Procedures.Tests.Fuzzing;

namespace Sensoa.Flags.Cli.Tests.Commands;

/// <summary>
/// The procedure commands on mutated procedure files (sexting state, step input, screener answers, logbook lines),
/// starting from the shipped samples and mutated by <see cref="JsonMutator"/>, in-process: never an exit code outside the
/// documented ones (70, "internal error", is a bug), never a stack trace. Seeds are fixed, so a run is the same every
/// time and a failure names its mutation.
/// </summary>
public sealed class ProcedureCommandFuzzTests : IDisposable
{
    private const int Runs = 150;

    private static readonly int[] Documented = [0, 1, 2, 64, 66, 73];

    /// <summary>Invalid data (2): what most mutated files must come to.</summary>
    private static readonly int[] ExitCodesForBadData = [2];

    /// <summary>Each shipped step input and the trigger that records it.</summary>
    private static readonly (string File, string Trigger)[] Inputs =
    [
        ("sexting/young-people-heard.json", "youngPeopleHeard"),
        ("sexting/parents-heard.json", "parentsHeard"),
        ("sexting/weighed.json", "weighed"),
        ("sexting/decided.json", "decided"),
        ("sexting/decided-blaming.json", "decided"),
        ("sexting/police-asked.json", "policeAsked"),
        ("sexting/followed-up.json", "followedUp"),
        ("sexting/consulted.json", "consulted"),
    ];

    private readonly string directory = ProcedureFiles.TempDirectory();

    private readonly HashSet<int> seen = [];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void Sexting_MutatedStatesAndInputs_DocumentedExitCodesOnly()
    {
        var random = new Random(1405);
        var state = Path.Combine(directory, "state.json");
        var input = Path.Combine(directory, "input.json");
        var output = Path.Combine(directory, "out.json");
        for (var run = 0; run < Runs; run++)
        {
            var (stateBytes, stateWhat) = JsonMutator.Mutate(Sample("sexting/state.json"), random);
            File.WriteAllBytes(state, stateBytes);
            Cli($"run {run} state: {stateWhat}", "sexting", "show", state, "--lang", run % 2 == 0 ? "nl" : "en");
            Cli($"run {run} state: {stateWhat}", "sexting", "advance", state, "youngPeopleHeard", "--input", ProcedureFiles.File("sexting/young-people-heard.json"), "--out", output);

            var (file, trigger) = Inputs[run % Inputs.Length];
            var (inputBytes, inputWhat) = JsonMutator.Mutate(Sample(file), random);
            File.WriteAllBytes(input, inputBytes);
            Cli($"run {run} input {file}: {inputWhat}", "sexting", "advance", ProcedureFiles.File("sexting/state.json"), trigger, "--input", input, "--out", output);
        }

        seen.Should().Contain(ExitCodesForBadData, "the mutations must reach the checks");
    }

    [Fact]
    public void ScreenerReport_MutatedAnswers_DocumentedExitCodesOnly()
    {
        var random = new Random(1406);
        var answers = Path.Combine(directory, "answers.json");
        for (var run = 0; run < Runs; run++)
        {
            var (bytes, what) = JsonMutator.Mutate(Sample("screener-answers.json"), random);
            File.WriteAllBytes(answers, bytes);
            Cli($"run {run}: {what}", "screener", "report", answers, "--svg", Path.Combine(directory, "chart.svg"), "--lang", run % 2 == 0 ? "nl" : "en");
        }

        seen.Should().Contain(ExitCodesForBadData, "the mutations must reach the checks");
    }

    [Fact]
    public void Logbook_MutatedLogbooks_DocumentedExitCodesOnly()
    {
        var random = new Random(1407);
        var path = Path.Combine(directory, "log.jsonl");
        for (var run = 0; run < Runs; run++)
        {
            var (bytes, what) = JsonMutator.MutateLogbook(Sample("logbook.jsonl"), random);
            File.WriteAllBytes(path, bytes);
            Cli($"run {run}: {what}", "logbook", "verify", path);
            Cli($"run {run}: {what}", "logbook", "append", path, "--channel", "sms", "--description", "fuzz");
        }

        seen.Should().Contain(1, "a broken logbook fails verification");
    }

    private static string Sample(string name) => File.ReadAllText(ProcedureFiles.File(name));

    private void Cli(string what, params string[] args)
    {
        var (code, stdout, stderr) = CliRunner.Run(args);
        seen.Add(code);
        Documented.Should().Contain(code, $"{what}: {stderr}");
        (stdout + stderr).Should().NotContain("   at ", what).And.NotContain("internal error", what).And.NotContain("Exception", what);
    }
}
