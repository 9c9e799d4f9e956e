namespace Sensoa.Flags.LoadTest;

/// <summary>What one endpoint did at one number of connections: requests, failures, time, every latency and what the runtime did meanwhile.</summary>
/// <param name="Requests">The requests answered with 200.</param>
/// <param name="Failures">The requests answered otherwise, or not at all.</param>
/// <param name="Elapsed">The measured time.</param>
/// <param name="LatencyTicks">Each answered request's latency in <see cref="System.Diagnostics.Stopwatch"/> ticks.</param>
/// <param name="Runtime">The process's allocations, collections, GC pauses and compilation during the measured time.</param>
internal sealed record LoadResult(long Requests, long Failures, TimeSpan Elapsed, long[] LatencyTicks, RuntimeCounters Runtime)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    /// <summary>Combines two runs of the same endpoint (run before and after the other one, so that drift evens out).</summary>
    public LoadResult Plus(LoadResult other) =>
        new(Requests + other.Requests, Failures + other.Failures, Elapsed + other.Elapsed, [.. LatencyTicks, .. other.LatencyTicks], Runtime + other.Runtime);

    /// <summary>The latency below which <paramref name="fraction"/> of the requests were answered, in milliseconds.</summary>
    public double PercentileMilliseconds(double fraction)
    {
        if (LatencyTicks.Length == 0)
        {
            return double.NaN;
        }

        var sorted = LatencyTicks.Order().ToArray();
        var index = Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1);
        return sorted[index] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }
}
