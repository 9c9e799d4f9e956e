using BenchmarkDotNet.Attributes;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// A night's bulk import on all cores: 1 M behaviours (the fixed set over and over) through one shared assessor with
/// <see cref="Parallel.For(int, int, Action{int})"/>. Time and allocation are per behaviour. Few iterations: one
/// invocation is a whole million, and the <c>--job short</c> run of the whole suite must stay under five minutes.
/// </summary>
[MemoryDiagnoser]
[WarmupCount(1)]
[IterationCount(3)]
public class Throughput
{
    public const int Behaviours = 1_000_000;
    private const int Rounds = Behaviours / FixedSet.BehaviourCount;

    private readonly IFlagAssessor assessor = FlagAssessor.Create();
    private Incident[] incidents = [];

    [GlobalSetup]
    public void Setup() => incidents = [.. FixedSet.Incidents];

    [Benchmark(OperationsPerInvoke = Behaviours)]
    public long AllCores()
    {
        long flagged = 0;
        Parallel.For(0, Rounds, () => 0L, (_, _, local) =>
        {
            foreach (var incident in incidents)
            {
                local += assessor.Assess(incident).Assessment!.Behaviours.Count;
            }

            return local;
        }, local => Interlocked.Add(ref flagged, local));
        return flagged;
    }
}
