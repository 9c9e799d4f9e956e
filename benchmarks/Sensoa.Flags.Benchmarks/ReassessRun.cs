using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Batch;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The streaming measurement of re-assessment, outside BenchmarkDotNet because its subject is one long run, not a repeated
/// call: N generated lines through <see cref="FlagAssessorBatchExtensions.ReassessAsync"/> on the given cores, with the
/// throughput, the process's peak working set, and a check that the records equal assessing each incident alone.
/// Run one size per process (the peak is per process):
/// <c>dotnet run -c Release --project benchmarks/Sensoa.Flags.Benchmarks -- reassess 1000000 [--cores 2] [--pairs] [--no-verify]</c>.
/// </summary>
internal static class ReassessRun
{
    private const int DistinctPairs = 1000;

    public static int Run(string[] args)
    {
        var lines = args.Length > 1 && long.TryParse(args[1], CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var cores = args.SkipWhile(a => a != "--cores").Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(2);
        var pairs = args.Contains("--pairs");
        var verify = !args.Contains("--no-verify");
        var assessor = FlagAssessor.Create();
        var line = pairs ? PairLines(assessor) : GeneratedArchive.Incident;

        var records = new HashingStream();
        var clock = Stopwatch.StartNew();
        var summary = assessor.ReassessAsync(new GeneratedArchive(lines, line), records, new BatchOptions { MaxDegreeOfParallelism = cores })
            .GetAwaiter().GetResult();
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var peak = process.PeakWorkingSet64;
        var cpu = process.TotalProcessorTime;

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"lines                {summary.LinesRead:N0} ({(pairs ? "pairs, today's assessment stored" : "lone incidents")})"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cores                {cores} of {Environment.ProcessorCount}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"time                 {clock.Elapsed.TotalSeconds:F1} s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"throughput           {summary.LinesRead / clock.Elapsed.TotalSeconds:N0} lines/s"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"processor time       {cpu.TotalSeconds:F1} s ({summary.LinesRead / cpu.TotalSeconds:N0} lines per processor-second; the wall-clock rate depends on the machine's load)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak working set     {peak / 1024.0 / 1024.0:F0} MB"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"records              {records.Written / 1024.0 / 1024.0:N0} MB, sha256 {records.Digest()}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"assessed / compared / changed / refused   {summary.Assessed:N0} / {summary.Compared:N0} / {summary.OutcomeChanged + summary.ExplanationChanged:N0} / {summary.Refused:N0}"));
        if (!verify)
        {
            return 0;
        }

        var alone = AssessEachAlone(assessor, lines, line, pairs);
        var same = alone == records.Digest();
        Console.WriteLine($"each incident alone  sha256 {alone}: {(same ? "identical" : "DIFFERENT")}");
        return same ? 0 : 1;
    }

    /// <summary>
    /// The records a one-at-a-time loop gives: each line assessed alone with <see cref="IFlagAssessor.AssessJson"/>,
    /// written with the public serializer and made compact here, not with the batch's writer.
    /// </summary>
    private static string AssessEachAlone(IFlagAssessor assessor, long lines, Func<long, string> line, bool pairs)
    {
        using var expected = new HashingStream();
        if (pairs)
        {
            // Unchanged pairs write no record: the batch's output must be empty.
            return expected.Digest();
        }

        var buffer = new MemoryStream();
        for (long i = 1; i <= lines; i++)
        {
            var assessment = assessor.AssessJson(Encoding.UTF8.GetBytes(line(i))).Assessment!;
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                writer.WriteStartObject();
                writer.WriteNumber("line", i);
                writer.WriteString("kind", "assessed");
                writer.WritePropertyName("assessment");
                using var document = JsonDocument.Parse(SensoaJson.Serialize(assessment));
                document.WriteTo(writer);
                writer.WriteEndObject();
            }

            buffer.WriteByte((byte)'\n');
            expected.Write(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }

        return expected.Digest();
    }

    private static Func<long, string> PairLines(IFlagAssessor assessor)
    {
        var cycle = new string[DistinctPairs];
        for (var i = 0; i < DistinctPairs; i++)
        {
            var incident = GeneratedArchive.Incident(i + 1);
            using var stored = JsonDocument.Parse(SensoaJson.Serialize(assessor.AssessJson(Encoding.UTF8.GetBytes(incident)).Assessment!));
            var compact = JsonSerializer.Serialize(stored.RootElement, new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            cycle[i] = $"{{\"incident\":{incident},\"assessment\":{compact}}}";
        }

        return n => cycle[(n - 1) % DistinctPairs];
    }
}
