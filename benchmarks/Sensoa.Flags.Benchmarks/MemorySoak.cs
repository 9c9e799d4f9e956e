using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Memory over a long run: 10 million assessments through one assessor on one thread, with the heap measured after a
/// full, compacting collection before the first and after every million. The mix covers what a service sees: the fixed
/// set in English and Dutch, every 8th through JSON, every 16th with a clock (opening hours), every 32nd with ids never
/// seen before (a cache keyed by input would grow), every 64th invalid (the error path). Fails (exit 1) when the heap
/// after the last million is more than <see cref="NoiseBytes"/> above the heap before the first.
/// </summary>
internal static class MemorySoak
{
    private const long NoiseBytes = 256 * 1024;

    public static int Run(string[] args)
    {
        var total = args.Length > 1 ? long.Parse(args[1], CultureInfo.InvariantCulture) : 10_000_000;
        var sampleEvery = Math.Max(1, total / 10);
        var assessor = FlagAssessor.Create();
        var incidents = FixedSet.Incidents.ToArray();
        var json = incidents.Select(i => Encoding.UTF8.GetBytes(SensoaJson.Serialize(i))).ToArray();
        var invalid = Encoding.UTF8.GetBytes("""{"jurisdiction":"flanders","setting":"school","people":[],"behaviours":[{"id":1}]}""");
        var english = AssessmentOptions.Default;
        var dutch = new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") };
        var clocked = new AssessmentOptions { TimeProvider = TimeProvider.System };

        long flagged = 0;
        void One(long n)
        {
            var incident = incidents[n % incidents.Length];
            var options = (n & 15) == 0 ? clocked : (n & 1) == 0 ? english : dutch;
            AssessmentResult result;
            if ((n & 63) == 0)
            {
                result = assessor.AssessJson(invalid, options);
            }
            else if ((n & 31) == 0)
            {
                result = assessor.Assess(Renamed(incident, n), options);
            }
            else if ((n & 7) == 0)
            {
                result = assessor.AssessJson(json[n % json.Length], options);
            }
            else
            {
                result = assessor.Assess(incident, options);
            }

            flagged += result.IsValid ? result.Assessment.Behaviours.Count : result.Errors.Count;
        }

        for (long n = 0; n < 100_000; n++)
        {
            One(n);
        }

        var before = HeapAfterFullCollection();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{total:N0} assessments through one assessor, heap after a full compacting GC every {sampleEvery:N0}"));
        Console.WriteLine();
        Console.WriteLine("| assessments | heap bytes | change from start | seconds for this part |");
        Console.WriteLine("|---:|---:|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| 0 | {before:N0} | 0 | |"));
        var heap = before;
        var clock = Stopwatch.StartNew();
        for (long done = 0; done < total;)
        {
            var part = Math.Min(sampleEvery, total - done);
            for (long n = 0; n < part; n++)
            {
                One(done + n);
            }

            done += part;
            var seconds = clock.Elapsed.TotalSeconds;
            heap = HeapAfterFullCollection();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {done:N0} | {heap:N0} | {heap - before:+#,0;-#,0;0} | {seconds:F1} |"));
            clock.Restart();
        }

        var grew = heap - before;
        var flat = grew <= NoiseBytes;
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"heap change over the run: {grew:+#,0;-#,0;0} bytes; {(flat ? "flat" : "GROWING")} (noise allowance {NoiseBytes:N0} bytes); {flagged:N0} flags and errors"));
        return flat ? 0 : 1;
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }

    /// <summary>The incident with every id made new (people and behaviours), so that nothing keyed by input can be reused.</summary>
    private static Incident Renamed(Incident incident, long n)
    {
        var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
        return incident with
        {
            People = incident.People.Select(p => p with { Id = p.Id + suffix }).ToArray(),
            Behaviours = incident.Behaviours.Select(b => b with
            {
                Id = b.Id + suffix,
                ActorId = b.ActorId + suffix,
                AffectedIds = b.AffectedIds.Select(a => a + suffix).ToArray(),
            }).ToArray(),
        };
    }
}
