using BenchmarkDotNet.Attributes;

namespace Sensoa.Flags.Benchmarks;

/// <summary>One incident of 1, 2 and 20 behaviours (taken in turn from the fixed set), assessed with the full rationale. Times are per incident.</summary>
[MemoryDiagnoser]
public class IncidentSize
{
    private readonly IFlagAssessor assessor = FlagAssessor.Create();
    private Incident incident = null!;

    [Params(1, 2, 20)]
    public int Behaviours { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        incident = FixedSet.OfSize(Behaviours);
        var result = assessor.Assess(incident);
        if (!result.IsValid || result.Assessment.Behaviours.Count != Behaviours)
        {
            throw new InvalidOperationException($"The incident of {Behaviours} behaviours is not valid.");
        }
    }

    [Benchmark]
    public Assessment Assess() => assessor.Assess(incident).Assessment!;
}
