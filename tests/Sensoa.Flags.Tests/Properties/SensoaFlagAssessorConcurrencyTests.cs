using System.Globalization;
using CsCheck;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;
using Sensoa.Flags.Tests.Properties;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>One assessor shared by 8 threads gives exactly the results of a sequential run.</summary>
public sealed class SensoaFlagAssessorConcurrencyTests
{
    /// <summary>The environment variable that sets the number of shared assessments (default 20,000: enough for the inputs to meet on every thread; a soak sets more, and the MemorySoak benchmark runs millions).</summary>
    public const string AssessmentsVariable = "SENSOA_CONCURRENT_ASSESSMENTS";

    private const int Threads = 8;

    private static long Assessments =>
        long.TryParse(Environment.GetEnvironmentVariable(AssessmentsVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : 20_000;

    [Fact]
    public void Assess_OneAssessorEightThreads_ExactlyTheSequentialResults()
    {
        var inputs = Inputs();
        var assessor = FlagAssessor.Create();

        // Expected results, computed once per distinct input on this thread, before any sharing.
        var expected = inputs.Select(i => assessor.Assess(i.Incident, i.Options).Assessment!).ToArray();
        var expectedJson = expected.Select(SensoaJson.Serialize).ToArray();

        var perThread = Assessments / Threads;
        var mismatches = 0L;
        var done = 0L;
        string? firstMismatch = null;
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(t => new Thread(() =>
        {
            start.SignalAndWait();
            var local = 0L;
            for (var k = 0L; k < perThread; k++)
            {
                // Each thread walks the inputs in its own order, so different inputs run side by side.
                var index = (int)((k * (2 * t + 1) + t * 7) % inputs.Length);
                var result = assessor.Assess(inputs[index].Incident, inputs[index].Options);
                var same = result.IsValid && AssessmentComparer.Same(expected[index], result.Assessment)
                    && (k % 64 != 0 || SensoaJson.Serialize(result.Assessment) == expectedJson[index]);
                if (!same && Interlocked.Increment(ref mismatches) == 1)
                {
                    firstMismatch = $"thread {t}, input {index}";
                }

                local++;
            }

            Interlocked.Add(ref done, local);
        })).ToList();

        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        done.Should().Be(perThread * Threads).And.BeGreaterThanOrEqualTo(Assessments - Threads);
        mismatches.Should().Be(0, "the first mismatch was at {0}", firstMismatch);
    }

    [Fact]
    public void AssessJson_EightThreads_ExactlyTheSequentialBytesOrErrors()
    {
        var assessor = FlagAssessor.Create();
        var inputs = Samples.Files.Select(File.ReadAllBytes)
            .Concat(Corpus.BadInputCorpus.ManifestFiles.Take(40).Select(Corpus.BadInputCorpus.Bytes))
            .ToArray();
        var expected = inputs.Select(i => Render(assessor.AssessJson(i))).ToArray();

        var mismatches = 0;
        Parallel.For(0, Threads, new ParallelOptions { MaxDegreeOfParallelism = Threads }, t =>
        {
            for (var k = 0; k < 1_000; k++)
            {
                var index = (k * (2 * t + 1) + t) % inputs.Length;
                if (Render(assessor.AssessJson(inputs[index])) != expected[index])
                {
                    Interlocked.Increment(ref mismatches);
                }
            }
        });

        mismatches.Should().Be(0);
    }

    private static string Render(AssessmentResult result) =>
        result.IsValid ? SensoaJson.Serialize(result.Assessment) : string.Join("\n", result.Errors);

    /// <summary>Small incidents, in English and Dutch, plus the shipped cases.</summary>
    private static (Incident Incident, AssessmentOptions Options)[] Inputs()
    {
        var english = AssessmentOptions.Default;
        var dutch = new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl-BE") };
        var pcg = new PCG(3, 1127);
        var incidents = new List<Incident>();
        while (incidents.Count < 48)
        {
            var incident = Generators.Incident.Generate(pcg, null, out _);
            if (incident.Behaviours.Count <= 2)
            {
                incidents.Add(incident);
            }
        }

        incidents.AddRange(Samples.Files.Select(f => SensoaJson.ParseIncident(File.ReadAllBytes(f)).Incident!));
        return [.. incidents.Select((incident, i) => (incident, i % 2 == 0 ? english : dutch))];
    }
}
