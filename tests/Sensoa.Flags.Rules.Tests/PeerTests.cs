using Sensoa.Flags.Benchmarks;

namespace Sensoa.Flags.Rules.Tests;

/// <summary>
/// The benchmark's peers restate the rule set (hand-coded, and on Microsoft RulesEngine): on the shared cases they must
/// give the library's flags, statuses and rule ids, or the comparison measures something else.
/// </summary>
public sealed class PeerTests
{
    [Fact]
    public void Peers_OnTheFixedSet_GiveTheLibrarysOutcomes()
    {
        var act = () => PeerCheck.AssertSameFlags(FlagAssessor.Create(), new RulesEnginePeer(), FixedSet.Incidents);

        act.Should().NotThrow();
    }

    [Fact]
    public void HandCoded_EachBehaviour_TheLibrarysOutcome()
    {
        var assessor = FlagAssessor.Create();
        foreach (var incident in FixedSet.Incidents)
        {
            var ours = assessor.Assess(incident).Assessment!.Behaviours.Select(PeerOutcome.Describe);

            HandCodedAssessor.Assess(incident).Select(outcome => outcome.ToString()).Should().Equal(ours);
        }
    }

    [Fact]
    public void RulesEngine_EachBehaviour_TheLibrarysOutcome()
    {
        var assessor = FlagAssessor.Create();
        var peer = new RulesEnginePeer();
        foreach (var incident in FixedSet.Incidents)
        {
            var ours = assessor.Assess(incident).Assessment!.Behaviours.Select(PeerOutcome.Describe);

            peer.Assess(incident).Select(outcome => outcome.ToString()).Should().Equal(ours);
        }
    }
}
