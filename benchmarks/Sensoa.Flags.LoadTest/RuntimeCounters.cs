using System.Runtime;

namespace Sensoa.Flags.LoadTest;

/// <summary>
/// What the runtime of this process did over a stretch of time: bytes allocated, collections, time paused by the GC,
/// time spent compiling and processor time (user and system, all threads). Client and server share the process, so an endpoint's numbers include its client's, which is the
/// same code for both endpoints: the difference between them is the server's.
/// </summary>
internal readonly record struct RuntimeCounters(long AllocatedBytes, int Gen0, int Gen1, int Gen2, TimeSpan GcPause, TimeSpan JitTime, long JitMethods, TimeSpan UserCpu, TimeSpan SystemCpu)
{
    public static RuntimeCounters Now() => new(
        GC.GetTotalAllocatedBytes(precise: false),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration(),
        JitInfo.GetCompilationTime(currentThread: false),
        JitInfo.GetCompiledMethodCount(currentThread: false),
        Environment.CpuUsage.UserTime,
        Environment.CpuUsage.PrivilegedTime);

    public static RuntimeCounters operator -(RuntimeCounters after, RuntimeCounters before) => new(
        after.AllocatedBytes - before.AllocatedBytes,
        after.Gen0 - before.Gen0,
        after.Gen1 - before.Gen1,
        after.Gen2 - before.Gen2,
        after.GcPause - before.GcPause,
        after.JitTime - before.JitTime,
        after.JitMethods - before.JitMethods,
        after.UserCpu - before.UserCpu,
        after.SystemCpu - before.SystemCpu);

    public static RuntimeCounters operator +(RuntimeCounters a, RuntimeCounters b) => new(
        a.AllocatedBytes + b.AllocatedBytes,
        a.Gen0 + b.Gen0,
        a.Gen1 + b.Gen1,
        a.Gen2 + b.Gen2,
        a.GcPause + b.GcPause,
        a.JitTime + b.JitTime,
        a.JitMethods + b.JitMethods,
        a.UserCpu + b.UserCpu,
        a.SystemCpu + b.SystemCpu);
}
