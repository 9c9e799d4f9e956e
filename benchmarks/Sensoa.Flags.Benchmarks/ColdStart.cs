using BenchmarkDotNet.Attributes;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;

namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// Creating an assessor from scratch and assessing a first behaviour: ours compiles the rule set (agenda order, checks)
/// into a new assessor; Microsoft RulesEngine is created over the workflow and compiles its expressions on first use.
/// </summary>
[MemoryDiagnoser]
public class ColdStart
{
    private readonly Incident incident = FixedSet.OfSize(1);

    [Benchmark(Baseline = true)]
    public Assessment SensoaFlags()
    {
        IFlagAssessor assessor = new SensoaFlagAssessor(SensoaRuleSet.Create());
        return assessor.Assess(incident).Assessment!;
    }

    [Benchmark]
    public PeerOutcome[] MicrosoftRulesEngine() => new RulesEnginePeer().Assess(incident);
}
