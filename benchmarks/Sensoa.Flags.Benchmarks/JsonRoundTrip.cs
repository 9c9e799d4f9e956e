using System.Text;
using BenchmarkDotNet.Attributes;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// What an integrator from another language does: JSON text of one incident in (the three-person sexting incident of
/// the fixed set, as UTF-8 bytes), parsed with full validation and assessed, and the contract JSON text out.
/// </summary>
[MemoryDiagnoser]
public class JsonRoundTrip
{
    private readonly IFlagAssessor assessor = FlagAssessor.Create();
    private byte[] utf8Json = [];

    [GlobalSetup]
    public void Setup()
    {
        var incident = FixedSet.Incidents.First(i => i.InvolvesSexting);
        utf8Json = Encoding.UTF8.GetBytes(SensoaJson.Serialize(incident));
        if (!assessor.AssessJson(utf8Json).IsValid)
        {
            throw new InvalidOperationException("The incident's JSON does not read back.");
        }
    }

    [Benchmark]
    public string JsonInJsonOut() => SensoaJson.Serialize(assessor.AssessJson(utf8Json).Assessment!);
}
