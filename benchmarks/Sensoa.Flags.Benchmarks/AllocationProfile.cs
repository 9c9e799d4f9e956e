using System.Diagnostics.Tracing;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Where the allocations of an action go, by type: the runtime's sampled allocation events (one per about 100 KB) counted
/// in-process while the action runs. For finding what to cut, not for the published table.
/// </summary>
internal sealed class AllocationProfile : EventListener
{
    private readonly Dictionary<string, long> byType = new(StringComparer.Ordinal);
    private bool enabled;

    public static void Run(string title, Func<int> action, int calls)
    {
        for (var i = 0; i < 2000; i++)
        {
            action();
        }

        using var listener = new AllocationProfile();
        listener.enabled = true;
        for (var i = 0; i < calls; i++)
        {
            action();
        }

        listener.enabled = false;
        var total = listener.byType.Values.Sum();
        Console.WriteLine($"{title}: sampled allocations by type (share of {total} samples)");
        foreach (var (type, count) in listener.byType.OrderByDescending(p => p.Value).Take(40))
        {
            Console.WriteLine($"  {100.0 * count / total,5:F1}%  {type}");
        }
    }

    protected override void OnEventSourceCreated(EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs eventData)
    {
        if (!enabled || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        var index = eventData.PayloadNames!.IndexOf("TypeName");
        var name = index >= 0 ? eventData.Payload[index] as string ?? "?" : "?";
        lock (byType)
        {
            byType[name] = byType.GetValueOrDefault(name) + 1;
        }
    }
}
