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
                var reading = new JsonReading();
                reading.Setup();
                Probe.Compare("Reading", 10, ("ReadIncident", () => reading.ReadIncident() is null ? 0 : 1), ("SystemTextJsonRead", () => reading.SystemTextJsonRead() is null ? 0 : 1));
                return true;
            case "probe-peers":
                var peers = new PeerComparison();
                peers.Setup();
                Probe.Compare("Peers (per call: one pass over the fixed set)", 10, ("SensoaFlags", peers.SensoaFlags), ("HandCoded", peers.HandCoded), ("MicrosoftRulesEngine", peers.MicrosoftRulesEngine));
                return true;
            case "probe-request":
                // The parts of one POST /assessments of the load test's case, without HTTP: where a request's time goes.
                var body = LoadTestCase();
                var assessor = FlagAssessor.Create();
                var assessment = assessor.AssessJson(body).Assessment!;
                var sink = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
                Probe.Compare("One request's parts (two-person-sexting.json)", 10,
                    ("Parse", () => Json.SensoaJson.ParseIncident(body).Incident is null ? 0 : 1),
                    ("Assess (parse included)", () => assessor.AssessJson(body).IsValid ? 1 : 0),
                    ("Write", () => { sink.ResetWrittenCount(); Json.SensoaJson.Write(assessment, sink); return sink.WrittenCount; }),
                    ("Assess and write", () => { sink.ResetWrittenCount(); Json.SensoaJson.Write(assessor.AssessJson(body).Assessment!, sink); return sink.WrittenCount; }));
                return true;
            case "loop-request":
                // The load test's request without HTTP (assess and write) in a loop, for a profiler.
                var loopBody = LoadTestCase();
                var loopAssessor = FlagAssessor.Create();
                var loopSink = new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
                for (var end = DateTime.UtcNow.AddSeconds(double.Parse(args.ElementAtOrDefault(1) ?? "20", System.Globalization.CultureInfo.InvariantCulture)); DateTime.UtcNow < end;)
                {
                    for (var i = 0; i < 100; i++)
                    {
                        loopSink.ResetWrittenCount();
                        Json.SensoaJson.Write(loopAssessor.AssessJson(loopBody).Assessment!, loopSink);
                    }
                }

                return true;
            case "alloc-request":
                var requestBody = LoadTestCase();
                var requestAssessor = FlagAssessor.Create();
                AllocationProfile.Run("AssessJson (two-person-sexting.json)", () => requestAssessor.AssessJson(requestBody).IsValid ? 1 : 0, 100_000);
                return true;
            case "probe-history":
                // HistoryJoin's cases by thread CPU time, and the same 1,000 entries given to people who act in no behaviour
                // (they join nothing: what inserting the entries costs by itself).
                var historyAssessor = FlagAssessor.Create();
                var none = HistoryJoin.Create(0);
                var joined = HistoryJoin.Create(1000);
                var unjoined = joined with { History = [.. joined.History.Select(e => e with { PersonId = "v" + e.PersonId[1..] })] };
                Probe.Compare("History (per incident of 50 behaviours)", 10,
                    ("NoHistory", () => historyAssessor.Assess(none).IsValid ? 1 : 0),
                    ("History1000", () => historyAssessor.Assess(joined).IsValid ? 1 : 0),
                    ("History1000OfBystanders", () => historyAssessor.Assess(unjoined).IsValid ? 1 : 0));
                return true;
            case "loop-peers":
                var looped = new PeerComparison();
                looped.Setup();
                for (var end = DateTime.UtcNow.AddSeconds(double.Parse(args.ElementAtOrDefault(1) ?? "20", System.Globalization.CultureInfo.InvariantCulture)); DateTime.UtcNow < end;)
                {
                    looped.SensoaFlags();
                }

                return true;
            case "loop-history":
                // History1000 in a loop, for a profiler (dotnet-trace) to attach to.
                var loopedAssessor = FlagAssessor.Create();
                var loopedIncident = HistoryJoin.Create(args.ElementAtOrDefault(2) is { } entries ? int.Parse(entries, System.Globalization.CultureInfo.InvariantCulture) : 1000);
                for (var end = DateTime.UtcNow.AddSeconds(double.Parse(args.ElementAtOrDefault(1) ?? "20", System.Globalization.CultureInfo.InvariantCulture)); DateTime.UtcNow < end;)
                {
                    loopedAssessor.Assess(loopedIncident);
                }

                return true;
            case "alloc-peers":
                var profiled = new PeerComparison();
                profiled.Setup();
                AllocationProfile.Run("SensoaFlags", profiled.SensoaFlags, 20_000);
                return true;
            case "memory":
                exitCode = MemorySoak.Run(args);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The load test's incident (copied beside the benchmarks by the project file).</summary>
    private static byte[] LoadTestCase() => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json"));
}
