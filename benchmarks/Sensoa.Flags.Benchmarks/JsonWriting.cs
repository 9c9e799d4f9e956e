using System.Buffers;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Writing the assessment of the three-person sexting incident (about 11 KB of contract JSON) into a reused buffer:
/// the library's writer against System.Text.Json's source-generated serializer of the same result with a reused
/// <see cref="Utf8JsonWriter"/> (the floor, the ratio's baseline). Both give the same bytes (checked in the setup).
/// </summary>
[MemoryDiagnoser]
public class JsonWriting
{
    private readonly ArrayBufferWriter<byte> buffer = new(32 * 1024);
    private Assessment assessment = null!;
    private Utf8JsonWriter floorWriter = null!;

    [GlobalSetup]
    public void Setup()
    {
        assessment = FlagAssessor.Create().Assess(FixedSet.Incidents.First(i => i.InvolvesSexting)).Assessment!;
        floorWriter = new Utf8JsonWriter(buffer, new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = ContractJson.Encoder,
        });

        WriteAssessment();
        var ours = buffer.WrittenSpan.ToArray();
        SystemTextJsonWrite();
        if (!ours.AsSpan().SequenceEqual(buffer.WrittenSpan))
        {
            throw new InvalidOperationException("The library's writer and System.Text.Json do not give the same bytes.");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => floorWriter.Dispose();

    [Benchmark]
    public int WriteAssessment()
    {
        buffer.ResetWrittenCount();
        SensoaJson.Write(assessment, buffer);
        return buffer.WrittenCount;
    }

    [Benchmark(Baseline = true)]
    public int SystemTextJsonWrite()
    {
        buffer.ResetWrittenCount();
        floorWriter.Reset(buffer);
        JsonSerializer.Serialize(floorWriter, assessment, ContractJson.Context.Assessment);
        return buffer.WrittenCount;
    }
}
