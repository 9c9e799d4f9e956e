using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

public sealed class SextingTransitionTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    public static TheoryData<DecisionRoute> Routes => new(Enum.GetValues<DecisionRoute>());

    public static TheoryData<SextingStep> OpenSteps => new(Workflow.Route(Jurisdiction.Netherlands).Where(s => s != SextingStep.Closed));

    public static TheoryData<SextingStep, SextingTrigger> IllegalPairs() => IllegalPairsOf(SextingFixture.ForwardLine);

    /// <summary>Every trigger a route's step does not allow, including those of the other route.</summary>
    internal static TheoryData<SextingStep, SextingTrigger> IllegalPairsOf((SextingStep From, SextingTrigger Trigger, SextingStep To)[] line)
    {
        var data = new TheoryData<SextingStep, SextingTrigger>();
        foreach (var step in line.Select(t => t.From).Append(SextingStep.Closed))
        {
            var legal = line.Where(t => t.From == step).Select(t => t.Trigger)
                .Concat(step == SextingStep.Closed ? [] : [SextingTrigger.PoliceAsked, SextingTrigger.ImagesDeleted]);
            foreach (var trigger in Enum.GetValues<SextingTrigger>().Except(legal))
            {
                data.Add(step, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public void Fire_MainLineWithEachRoute_ReachesClosedWithFullHistory(DecisionRoute route)
    {
        var state = SextingFixture.At(SextingStep.Closed, route);
        state.Decision!.Route.Should().Be(route);
        state.History.Select(h => (h.From, h.Trigger, h.To)).Should().Equal(SextingFixture.ForwardLine);
        Workflow.PermittedTriggers(state).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(OpenSteps))]
    public void Fire_PoliceAskedThenImagesDeleted_AllowedInEveryOpenStepAndStepStays(SextingStep step)
    {
        var state = SextingFixture.At(step);
        var asked = Workflow.Fire(state, SextingTrigger.PoliceAsked, new SextingInput { PoliceAdvice = PoliceAdvice.Delete });
        asked.Succeeded.Should().BeTrue();
        asked.State.Step.Should().Be(step);
        var deleted = Workflow.Fire(asked.State, SextingTrigger.ImagesDeleted);
        deleted.Succeeded.Should().BeTrue();
        deleted.State.ImagesDeleted.Should().BeTrue();
        deleted.State.History[^1].Should().Match<SextingHistoryEntry>(h => h.From == step && h.To == step && h.Trigger == SextingTrigger.ImagesDeleted);
    }

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Fire_IllegalTrigger_RefusedWithReasonAndStateUnchanged(SextingStep step, SextingTrigger trigger)
    {
        var state = SextingFixture.At(step);
        var result = Workflow.Fire(state, trigger, SextingFixture.Good(trigger));
        result.Succeeded.Should().BeFalse();
        result.State.Should().BeSameAs(state);
        var refusal = result.Refusals.Should().ContainSingle().Subject;
        refusal.Code.Should().Be("sexting.illegalTransition");
        refusal.Path.Should().Be("$.step");
        if (step == SextingStep.Closed)
        {
            refusal.Message.Should().Contain("closed");
        }
        else
        {
            refusal.Message.Should().Contain($"'{char.ToLowerInvariant(trigger.ToString()[0])}{trigger.ToString()[1..]}'").And.Contain("possible now");
        }
    }

    [Fact]
    public void PermittedTriggers_EachStep_MatchesTheForwardLinePlusInPlaceTriggers()
    {
        foreach (var (from, trigger, _) in SextingFixture.ForwardLine)
        {
            Workflow.PermittedTriggers(SextingFixture.At(from)).Should().Equal(trigger, SextingTrigger.PoliceAsked, SextingTrigger.ImagesDeleted);
        }
    }

    [Fact]
    public void Fire_History_TakesTimeFromTheInjectedClock()
    {
        var state = SextingFixture.Started;
        var at = SextingFixture.Time.Now;
        Workflow.Fire(state, SextingTrigger.SignalsMapped).State.History.Should().ContainSingle().Which.At.Should().Be(at);
    }

    [Fact]
    public void ToDot_NamesEveryStepAndGuard()
    {
        var dot = Workflow.ToDot();
        dot.Should().StartWith("digraph").And.NotContain("\r");
        foreach (var step in Workflow.Route(Jurisdiction.Netherlands))
        {
            dot.Should().Contain(step.ToString());
        }

        dot.Should().Contain("sexting.talk.portrayedAlone").And.Contain("sexting.images.askPoliceFirst");
    }
}
