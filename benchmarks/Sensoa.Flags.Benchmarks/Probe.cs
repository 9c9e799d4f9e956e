using System.Globalization;
using System.Runtime.InteropServices;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// A quick in-process comparison for a loaded machine: the candidates run in turn, in short slices, and each keeps its
/// best slice (time and allocation per call). Interleaving puts every candidate under the same load; the best slice is
/// the one the machine disturbed least. Time is the thread's own CPU time (Linux), so that waiting for a core while
/// other processes run is not counted. For iterating, not for the published table.
/// </summary>
internal static class Probe
{
    private const int ClockThreadCpuTime = 3;

    public static void Compare(string title, int slices, params (string Name, Func<int> Action)[] candidates)
    {
        foreach (var (_, action) in candidates)
        {
            for (var i = 0; i < 2000; i++)
            {
                action();
            }
        }

        var best = new double[candidates.Length];
        var bytes = new double[candidates.Length];
        Array.Fill(best, double.MaxValue);
        for (var slice = 0; slice < slices; slice++)
        {
            for (var c = 0; c < candidates.Length; c++)
            {
                var action = candidates[c].Action;
                var calls = 0;
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var start = ThreadCpuNanoseconds();
                while (ThreadCpuNanoseconds() - start < 200_000_000)
                {
                    for (var i = 0; i < 16; i++)
                    {
                        action();
                    }

                    calls += 16;
                }

                var perCall = (ThreadCpuNanoseconds() - start) / (double)calls;
                if (perCall < best[c])
                {
                    best[c] = perCall;
                    bytes[c] = (GC.GetAllocatedBytesForCurrentThread() - allocated) / (double)calls;
                }
            }
        }

        Console.WriteLine($"{title} (best of {slices} interleaved slices of 200 ms thread CPU time; ratio to the last)");
        for (var c = 0; c < candidates.Length; c++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {candidates[c].Name,-22} {best[c] / 1000,10:F2} us  {bytes[c],9:F0} B  {best[c] / best[^1],6:F2}x"));
        }
    }

    /// <summary>The calling thread's CPU time in nanoseconds.</summary>
    public static long ThreadCpuNanoseconds()
    {
        if (ClockGetTime(ClockThreadCpuTime, out var time) != 0)
        {
            throw new InvalidOperationException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed.");
        }

        return (time.Seconds * 1_000_000_000) + time.Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
