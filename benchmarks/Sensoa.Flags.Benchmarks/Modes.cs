namespace Sensoa.Flags.Benchmarks;

/// <summary>The measurements that are not BenchmarkDotNet classes, started by their name as the first argument.</summary>
internal static class Modes
{
    public static bool TryRun(string[] args, out int exitCode)
    {
        exitCode = 0;
        switch (args[0])
        {
            case "probe-json":
                var writing = new JsonWriting();
                writing.Setup();
                Probe.Compare("Writing", 10, ("WriteAssessment", writing.WriteAssessment), ("SystemTextJsonWrite", writing.SystemTextJsonWrite));
                var reading = new JsonReading();
                reading.Setup();
                Probe.Compare("Reading", 10, ("ReadIncident", () => reading.ReadIncident() is null ? 0 : 1), ("SystemTextJsonRead", () => reading.SystemTextJsonRead() is null ? 0 : 1));
                return true;
            case "memory":
                exitCode = MemorySoak.Run(args);
                return true;
            default:
                return false;
        }
    }
}
