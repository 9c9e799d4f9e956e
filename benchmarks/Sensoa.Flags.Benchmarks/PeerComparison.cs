using BenchmarkDotNet.Attributes;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The same fixed, mixed set of behaviours (<see cref="FixedSet"/>) assessed three ways in one run: ours through
/// <see cref="IFlagAssessor"/> with validation and the full localised rationale; the same rules hand-coded as plain
/// <c>if</c> statements (the floor); and the same rules on Microsoft RulesEngine. Times and allocations are per behaviour.
/// </summary>
/// <remarks>BenchmarkDotNet needs benchmark classes public and not sealed.</remarks>
[MemoryDiagnoser]
public class PeerComparison
{
    private readonly IFlagAssessor assessor = FlagAssessor.Create();
    private readonly RulesEnginePeer rulesEngine = new();
    private IReadOnlyList<Incident> incidents = [];

    [GlobalSetup]
    public void Setup()
    {
        incidents = FixedSet.Incidents;
        PeerCheck.AssertSameFlags(assessor, rulesEngine, incidents);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = FixedSet.BehaviourCount)]
    public int SensoaFlags()
    {
        var flagged = 0;
        foreach (var incident in incidents)
        {
            flagged += assessor.Assess(incident).Assessment!.Behaviours.Count;
        }

        return flagged;
    }

    [Benchmark(OperationsPerInvoke = FixedSet.BehaviourCount)]
    public int HandCoded()
    {
        var flagged = 0;
        foreach (var incident in incidents)
        {
            flagged += HandCodedAssessor.Assess(incident).Length;
        }

        return flagged;
    }

    [Benchmark(OperationsPerInvoke = FixedSet.BehaviourCount)]
    public int MicrosoftRulesEngine()
    {
        var flagged = 0;
        foreach (var incident in incidents)
        {
            flagged += rulesEngine.Assess(incident).Length;
        }

        return flagged;
    }
}
