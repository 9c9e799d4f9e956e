using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Reading the three-person sexting incident (about 2 KB of UTF-8 JSON): the library's reader with its full validation
/// (every error with its JSON path) against System.Text.Json's source-generated deserialisation of the same type,
/// which checks only what its attributes say (the floor, the ratio's baseline).
/// </summary>
[MemoryDiagnoser]
public class JsonReading
{
    private byte[] utf8Json = [];

    [GlobalSetup]
    public void Setup()
    {
        utf8Json = Encoding.UTF8.GetBytes(SensoaJson.Serialize(FixedSet.Incidents.First(i => i.InvolvesSexting)));
        var ours = ReadIncident() ?? throw new InvalidOperationException("The incident's JSON does not read back.");
        var floor = SystemTextJsonRead() ?? throw new InvalidOperationException("System.Text.Json does not read the incident.");
        if (SensoaJson.Serialize(ours) != SensoaJson.Serialize(floor))
        {
            throw new InvalidOperationException("The library and System.Text.Json read different incidents.");
        }
    }

    [Benchmark]
    public Incident? ReadIncident() => SensoaJson.ParseIncident(utf8Json).Incident;

    [Benchmark(Baseline = true)]
    public Incident? SystemTextJsonRead() => JsonSerializer.Deserialize(utf8Json, ContractJson.Context.Incident);
}
