using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Sensoa.Flags;
using Sensoa.Flags.Api;
using Sensoa.Flags.Json;
using Sensoa.Flags.LoadTest;

// The HTTP load test: the API sample in this process on loopback, POST /assessments against a floor endpoint that
// answers the same bytes, at 1, 8 and 32 connections. Bounded in time and in requests; it stops by itself.
// The endpoints take turns in short slices (floor, assessments, assessments, floor, repeated --rounds times) and each
// endpoint's latencies are pooled over its slices: a burst of load from elsewhere on a shared machine then falls on both.
// Warm-up runs both endpoints in turns of --warmup seconds each until the JIT has settled (it compiled for less than 1% of
// a turn's time, at most --max-warmup seconds): tiered compilation recompiles the hot methods in the background for
// several seconds, and a measurement that overlaps it charges the endpoint with more code (ours) for the compiler's time.
//   dotnet run -c Release --project benchmarks/Sensoa.Flags.LoadTest -- [--seconds 5] [--warmup 2] [--max-warmup 60] [--connections 1,8,32] [--rounds 4] [--profile assessments|floor]
var seconds = Option("--seconds", 5.0);
var rounds = (int)Option("--rounds", 4);
var warmup = Option("--warmup", 2.0);
var maxWarmup = Option("--max-warmup", 60.0);
var connectionCounts = Text("--connections", "1,8,32").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture)).ToArray();
var caseFile = Text("--case", Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json"));
const long MaxRequestsPerRun = 2_000_000;

var body = File.ReadAllBytes(caseFile);
// The API's bytes: the contract JSON and the one line feed that the command line also ends with.
byte[] answer = [.. SensoaJson.SerializeToUtf8Bytes(FlagAssessor.Create().AssessJson(body).Assessment
    ?? throw new InvalidOperationException($"{caseFile} is not a valid incident.")), (byte)'\n'];

// Request logging at Information would write two console lines per request; a production host logs warnings.
var app = ApiApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"]);
FloorEndpoint.Map(app, answer);
await app.StartAsync();
try
{
    var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
    var assess = new Uri(address, "/assessments");
    var floor = new Uri(address, FloorEndpoint.Path);
    await CheckSameAnswerAsync(assess, floor, body, answer);

    if (Text("--profile", "") is { Length: > 0 } profiled)
    {
        // For a profiler attached from outside (perf, dotnet-trace): one endpoint alone (assessments or floor), at the last
        // level, after the warm-up.
        var level = connectionCounts[^1];
        var target = profiled == "floor" ? floor : assess;
        await WarmUpAsync(assess, floor, body, level);
        Console.WriteLine($"warm; pid {Environment.ProcessId}: {target.AbsolutePath} alone at {level} connections for {seconds} s");
        var alone = await LoadClient.RunAsync(target, body, level, TimeSpan.FromSeconds(seconds), MaxRequestsPerRun);
        Row(target.AbsolutePath, level, alone);
        return alone.Failures == 0 ? 0 : 1;
    }

    Console.WriteLine($"POST {Path.GetFileName(caseFile)} ({body.Length} bytes in, {answer.Length} bytes out), {seconds} s per endpoint after a warm-up in turns of {warmup} s until the JIT settled,");
    Console.WriteLine($"in {rounds} rounds of floor, assessments, assessments, floor at each level; {Environment.ProcessorCount} logical cores, loopback, server GC.");
    Console.WriteLine();
    Console.WriteLine("| endpoint | connections | requests | failures | requests/s | p50 ms | p99 ms |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|");
    var atMost = new List<(int Connections, LoadResult Assess, LoadResult Floor)>();
    var warmups = new List<(int Connections, WarmUp WarmUp)>();
    foreach (var connections in connectionCounts)
    {
        warmups.Add((connections, await WarmUpAsync(assess, floor, body, connections)));
        var slice = TimeSpan.FromSeconds(seconds / (2 * rounds));
        LoadResult? a = null, f = null;
        for (var round = 0; round < rounds; round++)
        {
            f = Plus(f, await LoadClient.RunAsync(floor, body, connections, slice, MaxRequestsPerRun));
            a = Plus(a, await LoadClient.RunAsync(assess, body, connections, slice, MaxRequestsPerRun));
            a = Plus(a, await LoadClient.RunAsync(assess, body, connections, slice, MaxRequestsPerRun));
            f = Plus(f, await LoadClient.RunAsync(floor, body, connections, slice, MaxRequestsPerRun));
        }

        if (a is null || f is null)
        {
            throw new ArgumentException("--rounds must be at least 1.");
        }

        Row("POST /assessments", connections, a);
        Row("floor", connections, f);
        atMost.Add((connections, a, f));
    }

    Console.WriteLine();
    Console.WriteLine("What the runtime did while each endpoint was measured (the whole process: client and server; the client is the same for both):");
    Console.WriteLine();
    Console.WriteLine("| endpoint | connections | warm-up s | CPU µs per request, user + system | cores busy | KB allocated per request | gen0/1/2 collections | GC pause, % of the time | JIT ms (methods) |");
    Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var (connections, a, f) in atMost)
    {
        var warm = warmups.Single(w => w.Connections == connections).WarmUp;
        RuntimeRow("POST /assessments", connections, warm, a);
        RuntimeRow("floor", connections, warm, f);
    }

    Console.WriteLine();
    foreach (var (connections, a, f) in atMost)
    {
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{connections,2} connections: throughput {a.RequestsPerSecond / f.RequestsPerSecond:F2}x the floor's, p99 {a.PercentileMilliseconds(0.99) / f.PercentileMilliseconds(0.99):F2}x the floor's"));
    }

    var last = atMost[^1];
    var throughputMet = last.Assess.RequestsPerSecond >= 0.5 * last.Floor.RequestsPerSecond;
    var latencyMet = last.Assess.PercentileMilliseconds(0.99) < 2 * last.Floor.PercentileMilliseconds(0.99);
    Console.WriteLine($"target at {last.Connections} connections: throughput at least 0.5x {(throughputMet ? "met" : "NOT met")}, p99 under 2x {(latencyMet ? "met" : "NOT met")}");
    return last.Assess.Failures + last.Floor.Failures == 0 ? 0 : 1;
}
finally
{
    await app.StopAsync();
    await app.DisposeAsync();
}

static LoadResult Plus(LoadResult? sum, LoadResult run) => sum is null ? run : sum.Plus(run);

static void Row(string endpoint, int connections, LoadResult result) =>
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {endpoint} | {connections} | {result.Requests} | {result.Failures} | {result.RequestsPerSecond:F0} | {result.PercentileMilliseconds(0.5):F2} | {result.PercentileMilliseconds(0.99):F2} |"));

static void RuntimeRow(string endpoint, int connections, WarmUp warm, LoadResult result)
{
    var r = result.Runtime;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {endpoint} | {connections} | {warm.Elapsed.TotalSeconds:F0}{(warm.Settled ? "" : " (not settled)")} | {r.UserCpu.TotalMicroseconds / Math.Max(1, result.Requests):F0} + {r.SystemCpu.TotalMicroseconds / Math.Max(1, result.Requests):F0} | {(r.UserCpu + r.SystemCpu) / result.Elapsed:F2} | {r.AllocatedBytes / 1024.0 / Math.Max(1, result.Requests):F1} | {r.Gen0}/{r.Gen1}/{r.Gen2} | {100 * r.GcPause / result.Elapsed:F1} | {r.JitTime.TotalMilliseconds:F0} ({r.JitMethods}) |"));
}

// Turns of both endpoints until a turn spent under 1% of its time compiling, or --max-warmup has passed.
async Task<WarmUp> WarmUpAsync(Uri assess, Uri floor, byte[] body, int connections)
{
    var turn = TimeSpan.FromSeconds(warmup);
    var started = System.Diagnostics.Stopwatch.GetTimestamp();
    while (true)
    {
        var before = RuntimeCounters.Now();
        var turnStarted = System.Diagnostics.Stopwatch.GetTimestamp();
        await LoadClient.RunAsync(floor, body, connections, turn, MaxRequestsPerRun);
        await LoadClient.RunAsync(assess, body, connections, turn, MaxRequestsPerRun);
        var jit = (RuntimeCounters.Now() - before).JitTime;
        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        if (jit < 0.01 * System.Diagnostics.Stopwatch.GetElapsedTime(turnStarted))
        {
            return new WarmUp(elapsed, Settled: true);
        }

        if (elapsed.TotalSeconds >= maxWarmup)
        {
            return new WarmUp(elapsed, Settled: false);
        }
    }
}

static async Task CheckSameAnswerAsync(Uri assess, Uri floor, byte[] body, byte[] answer)
{
    using var client = new HttpClient();
    foreach (var uri in new[] { assess, floor })
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new("application/json");
        using var response = await client.PostAsync(uri, content);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (!response.IsSuccessStatusCode || !bytes.AsSpan().SequenceEqual(answer))
        {
            throw new InvalidOperationException($"{uri} does not answer the assessment's bytes ({(int)response.StatusCode}).");
        }
    }
}

double Option(string name, double fallback) =>
    double.Parse(Text(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string Text(string name, string fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : fallback;
}
