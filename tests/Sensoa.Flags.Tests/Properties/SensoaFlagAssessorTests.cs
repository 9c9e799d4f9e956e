using Sensoa.Flags.Json;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;
using CsCheck;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>
/// One assessor serves every assessment: results must not depend on what was assessed before on the thread, nor on
/// other threads assessing at the same time.
/// </summary>
public sealed class SensoaFlagAssessorTests
{
    private static readonly AssessmentOptions Dutch = new() { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl") };

    [Fact]
    public void Assess_AfterOtherIncidentsOnTheSameThread_SameBytesAsANewRuleSet()
    {
        var shared = FlagAssessor.Create();

        Generators.Incident.Sample(
            incident =>
            {
                var options = incident.Behaviours.Count % 2 == 0 ? Dutch : null;
                return Serialize(shared.Assess(incident, options)) == Serialize(Fresh().Assess(incident, options));
            },
            iter: 500,
            threads: 1);
    }

    [Fact]
    public void Assess_ManyThreadsAtOnce_SameAsOneByOne()
    {
        Generators.Incident.Array[50].Sample(Check, iter: 1);
    }

    private static void Check(Incident[] incidents)
    {
        var assessor = FlagAssessor.Create();
        var expected = incidents.Select(i => Serialize(assessor.Assess(i, Dutch))).ToArray();

        var actual = new string[incidents.Length * 20];
        Parallel.For(0, actual.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
            actual[i] = Serialize(assessor.Assess(incidents[i % incidents.Length], Dutch)));

        for (var i = 0; i < actual.Length; i++)
        {
            actual[i].Should().Be(expected[i % incidents.Length]);
        }
    }

    /// <summary>An assessor over a newly compiled rule set.</summary>
    private static IFlagAssessor Fresh() => new SensoaFlagAssessor(SensoaRuleSet.Create());

    private static string Serialize(AssessmentResult result) =>
        result.IsValid ? SensoaJson.Serialize(result.Assessment) : string.Join("\n", result.Errors.Select(e => e.Path + " " + e.Code));
}
