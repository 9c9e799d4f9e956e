namespace Sensoa.Flags.Batch;

/// <summary>How a batch of incidents is assessed.</summary>
public sealed record BatchOptions
{
    /// <summary>Gets the options every incident is assessed with (language, clock); null for the defaults.</summary>
    public AssessmentOptions? Assessment { get; init; }

    /// <summary>Gets how many lines are assessed at the same time; 0 (the default) for one per processor.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    internal int Parallelism => MaxDegreeOfParallelism > 0 ? MaxDegreeOfParallelism : Environment.ProcessorCount;
}
