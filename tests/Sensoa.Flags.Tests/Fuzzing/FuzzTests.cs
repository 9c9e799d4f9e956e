using System.Text.Json;
using CsCheck;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Properties;

namespace Sensoa.Flags.Tests.Fuzzing;

/// <summary>
/// Mutation fuzzing: byte-level mutations of valid inputs must either assess or be refused with well-formed errors, never
/// throw. What is accepted must be strict JSON and must survive a round trip unchanged (nothing silently dropped).
/// </summary>
public sealed class FuzzTests
{
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    [Fact]
    public void AssessJson_MutatedValidInputs_AssessOrRefuseNeverThrow()
    {
        FuzzInputs.Mutated.Sample(
            (input, mutations) => CheckOne(FuzzInputs.Apply(input, mutations)),
            iter: FuzzInputs.Cases,
            print: t => FuzzInputs.Describe(t.Item1, t.Item2));
    }

    [Fact]
    public void Inputs_AllValid_SoMutationsStartFromGoodDocuments()
    {
        FuzzInputs.All.Should().HaveCountGreaterThan(50);
        FuzzInputs.All.Should().OnlyContain(i => Assessor.AssessJson(i.Bytes).IsValid);
    }

    [Fact]
    public void AssessJson_RandomValidIncidents_AlwaysAssess()
    {
        Generators.RichIncident.Sample(incident =>
        {
            var json = SensoaJson.Serialize(incident);
            var result = Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(json));
            if (!result.IsValid)
            {
                throw new InvalidOperationException("refused: " + string.Join("; ", result.Errors));
            }

            if (SensoaJson.Serialize(result.Assessment) != SensoaJson.Serialize(Assessor.Assess(incident).Assessment!))
            {
                throw new InvalidOperationException("the JSON and the typed path disagree");
            }
        }, iter: 5_000);
    }

    /// <summary>One fuzz case: assess, then check the errors or the accepted input against the oracles.</summary>
    private static void CheckOne(byte[] bytes)
    {
        var result = Assessor.AssessJson(bytes);
        if (!result.IsValid)
        {
            var violation = ErrorContract.Violation(result.Errors);
            if (violation is not null)
            {
                throw new InvalidOperationException(violation);
            }

            return;
        }

        // Accepted: it must be strict JSON (one BOM allowed), ...
        var body = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        using (JsonDocument.Parse(body))
        {
        }

        // ... what was read must survive a round trip unchanged, ...
        var incident = SensoaJson.ParseIncident(bytes).Incident ?? throw new InvalidOperationException("assessed but not parsed");
        var written = SensoaJson.Serialize(incident);
        var again = SensoaJson.ParseIncident(written);
        if (!again.IsValid || SensoaJson.Serialize(again.Incident) != written)
        {
            throw new InvalidOperationException("an accepted incident changed in a round trip");
        }

        // ... and the assessment must serialise, with one result per behaviour.
        if (result.Assessment.Behaviours.Count != incident.Behaviours.Count || SensoaJson.SerializeToUtf8Bytes(result.Assessment).Length == 0)
        {
            throw new InvalidOperationException("an assessment that does not match its incident");
        }
    }
}
