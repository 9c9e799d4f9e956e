using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>The Flemish route: contact person first, weigh, CLB and Child Focus, talks, help and agreements, follow-up, evaluation.</summary>
public sealed class FlemishRouteTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    private static IEnumerable<string> RuleIds(TransitionResult result) => result.Refusals.Select(r => r.Code);

    [Fact]
    public void Start_Flanders_OpensWithTheContactPerson()
    {
        var started = Workflow.Start("case-fl", SextingFixture.Participants, Jurisdiction.Flanders);
        started.Succeeded.Should().BeTrue();
        started.State.Jurisdiction.Should().Be(Jurisdiction.Flanders);
        started.State.Step.Should().Be(SextingStep.InvolveContactPerson);
        Workflow.PermittedTriggers(started.State).Should().Equal(SextingTrigger.ContactPersonInvolved, SextingTrigger.PoliceAsked, SextingTrigger.ImagesDeleted);
    }

    [Fact]
    public void Start_WithoutJurisdiction_TheNetherlandsAsBefore()
    {
        var state = Workflow.Start("case-nl", SextingFixture.Participants).State;
        state.Jurisdiction.Should().Be(Jurisdiction.Netherlands);
        state.Step.Should().Be(SextingStep.MapSignals);
    }

    [Fact]
    public void Start_UndefinedJurisdiction_ErrorNotException()
    {
        var started = Workflow.Start("case-x", SextingFixture.Participants, (Jurisdiction)7);
        started.Succeeded.Should().BeFalse();
        started.Errors.Should().ContainSingle(e => e.Path == "$.jurisdiction");
    }

    [Fact]
    public void Route_EachJurisdiction_ItsOwnOrder()
    {
        Workflow.Route(Jurisdiction.Flanders).Should().Equal(
            SextingStep.InvolveContactPerson, SextingStep.Weigh, SextingStep.Consult, SextingStep.TalkToYoungPeople,
            SextingStep.Decide, SextingStep.FollowUp, SextingStep.Evaluate, SextingStep.Closed);
        Workflow.Route(Jurisdiction.Netherlands).Should().Equal(
            SextingStep.MapSignals, SextingStep.Consult, SextingStep.TalkToYoungPeople, SextingStep.TalkToParents,
            SextingStep.Weigh, SextingStep.Decide, SextingStep.FollowUp, SextingStep.Closed);
    }

    [Fact]
    public void FullRoute_Flanders_WeighsBeforeConsultingAndEndsWithEvaluation()
    {
        var closed = FlemishFixture.At(SextingStep.Closed);
        closed.History.Select(h => h.Trigger).Should().Equal(FlemishFixture.ForwardLine.Select(t => t.Trigger));
        closed.History.Select(h => (h.From, h.To)).Should().Equal(FlemishFixture.ForwardLine.Select(t => (t.From, t.To)));
        closed.Weighed.Should().HaveCount(2);
    }

    [Fact]
    public void ParentsHeard_Flanders_NotAStepOfTheRoute()
    {
        var state = FlemishFixture.At(SextingStep.TalkToYoungPeople);
        var result = Workflow.Fire(state, SextingTrigger.ParentsHeard, SextingFixture.Good(SextingTrigger.ParentsHeard));
        RuleIds(result).Should().Equal("sexting.illegalTransition");
        result.State.Should().BeSameAs(state);
    }

    [Fact]
    public void ContactPersonInvolved_Netherlands_NotAStepOfTheRoute()
    {
        var result = Workflow.Fire(SextingFixture.Started, SextingTrigger.ContactPersonInvolved);
        RuleIds(result).Should().Equal("sexting.illegalTransition");
    }

    [Fact]
    public void Consulted_FlandersWithoutClb_GoesOnAndRecordsTheSkippedAdvice()
    {
        // "Neem je best contact op" is advice, not a gate (version 3).
        var state = FlemishFixture.At(SextingStep.Consult);
        var result = Workflow.Fire(state, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.ChildFocus] });
        result.Succeeded.Should().BeTrue();
        result.State.Step.Should().Be(SextingStep.TalkToYoungPeople);
        result.State.SkippedAdvice.Should().Equal("sexting.flanders.consult.clb");
    }

    [Fact]
    public void Consulted_FlandersMinorWithoutChildFocus_GoesOnAndShowWarnsNaming116000()
    {
        var state = FlemishFixture.At(SextingStep.Consult);
        var result = Workflow.Fire(state, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Clb] });
        result.Succeeded.Should().BeTrue();
        result.State.SkippedAdvice.Should().Equal("sexting.flanders.consult.childFocusForMinor");

        var reloaded = Workflow.Load(System.Text.Encoding.UTF8.GetBytes(Workflow.Save(result.State)));
        reloaded.IsValid.Should().BeTrue();
        reloaded.State!.SkippedAdvice.Should().Equal(result.State.SkippedAdvice, "the file keeps what was skipped");
        var shown = Workflow.Describe(reloaded.State, System.Globalization.CultureInfo.GetCultureInfo("en"));
        shown.Should().Contain("Warning: advice skipped").And.Contain("116 000").And.Contain("advice, not a requirement");
        Workflow.Describe(reloaded.State, System.Globalization.CultureInfo.GetCultureInfo("nl")).Should().Contain("overgeslagen advies");
    }

    [Fact]
    public void Consulted_FlandersBothConsulted_NothingSkippedNoWarningAndTheFileUnchanged()
    {
        var state = FlemishFixture.At(SextingStep.Consult);
        var result = Workflow.Fire(state, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Clb, ConsultedParty.ChildFocus] });
        result.State.SkippedAdvice.Should().BeEmpty();
        Workflow.Save(result.State).Should().NotContain("skippedAdvice");
        Workflow.Describe(result.State, System.Globalization.CultureInfo.GetCultureInfo("en")).Should().NotContain("advice skipped");
    }

    [Fact]
    public void Load_UnknownSkippedAdvice_ErrorAtItsPath()
    {
        var state = FlemishFixture.At(SextingStep.TalkToYoungPeople) with { SkippedAdvice = ["sexting.flanders.made.up"] };
        var loaded = Workflow.Load(System.Text.Encoding.UTF8.GetBytes(Workflow.Save(state)));
        loaded.IsValid.Should().BeFalse();
        loaded.Errors.Should().Contain(e => e.Path == "$.skippedAdvice[0]");
    }

    [Fact]
    public void Describe_Flanders_SaysTheRouteIsTheLibrarysConstruction()
    {
        Workflow.Describe(FlemishFixture.Started, System.Globalization.CultureInfo.GetCultureInfo("en")).Should().Contain("Sensoa.Flags' own");
        Workflow.Describe(SextingFixture.Workflow.Start("case-nl", SextingFixture.Participants).State, System.Globalization.CultureInfo.GetCultureInfo("en"))
            .Should().NotContain("Sensoa.Flags' own");
    }

    [Fact]
    public void Consulted_FlandersAdultsOnlyWithoutChildFocus_Accepted()
    {
        Participant[] adults =
        [
            new() { Id = "a1", AgeYears = 19, Roles = [ParticipantRole.Portrayed] },
            new() { Id = "a2", AgeYears = 20, Roles = [ParticipantRole.Distributor] },
        ];
        var state = Workflow.Start("case-adults", adults, Jurisdiction.Flanders).State with { Step = SextingStep.Consult };
        var result = Workflow.Fire(state, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Clb, ConsultedParty.Igvm] });
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Consulted_PartyOfTheOtherRoute_InputErrorWithPath()
    {
        var flemish = Workflow.Fire(FlemishFixture.At(SextingStep.Consult), SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Clb, ConsultedParty.CareStructure] });
        flemish.Errors.Should().ContainSingle().Which.Path.Should().Be("$.consulted[1]");

        var dutch = Workflow.Fire(SextingFixture.At(SextingStep.Consult), SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Clb] });
        dutch.Errors.Should().ContainSingle().Which.Path.Should().Be("$.consulted[0]");
    }

    [Fact]
    public void YoungPeopleHeard_FlandersDistributorNotTalkedTo_RefusedWithTheWhatIsOkayTalk()
    {
        var state = FlemishFixture.At(SextingStep.TalkToYoungPeople);
        var result = Workflow.Fire(state, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("p1", true)] });
        RuleIds(result).Should().Equal("sexting.flanders.talk.distributors");
        result.Refusals[0].Message.Should().Contain("p2").And.Contain("okay");
    }

    [Fact]
    public void YoungPeopleHeard_FlandersOnlyDistributorsHeard_PortrayedPupilSupportedNeverConfronted()
    {
        // Version 3: the pupil in the image gets support and hears that the blame lies with whoever spread it.
        var state = FlemishFixture.At(SextingStep.TalkToYoungPeople);
        var result = Workflow.Fire(state, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("p2", false)] });
        RuleIds(result).Should().Equal("sexting.flanders.talk.portrayedSupported");
        result.Refusals[0].Message.Should().Contain("p1").And.Contain("support").And.Contain("blame lies with whoever spread").And.NotContain("okay");
    }

    [Fact]
    public void EveryFlemishText_ThePortrayedPupilIsNeverToldWhatIsOkay()
    {
        var culture = System.Globalization.CultureInfo.GetCultureInfo("en");
        foreach (var step in Workflow.Route(Jurisdiction.Flanders))
        {
            Workflow.Guide(step, Jurisdiction.Flanders, culture).Checklist
                .Where(line => line.Contains("in the image", StringComparison.Ordinal))
                .Should().NotContain(line => line.Contains("tell them which behaviour is okay", StringComparison.Ordinal), step.ToString());
        }
    }

    [Fact]
    public void YoungPeopleHeard_FlandersNotAlone_NotRefusedByTheNetherlandsRule()
    {
        var state = FlemishFixture.At(SextingStep.TalkToYoungPeople);
        var result = Workflow.Fire(state, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("p1", false), new("p2", false)] });
        result.Succeeded.Should().BeTrue();
        result.State.Step.Should().Be(SextingStep.Decide);
    }

    [Fact]
    public void Decided_FlandersHelpMissingForOnePupil_RefusedNamingThem()
    {
        var state = FlemishFixture.At(SextingStep.Decide);
        var good = FlemishFixture.Good(SextingTrigger.Decided).Decision!;
        var input = new SextingInput { Decision = good with { Measures = good.Measures.Where(m => m != new Measure(MeasureKind.Support, "p3")).ToArray() } };
        var result = Workflow.Fire(state, SextingTrigger.Decided, input);
        RuleIds(result).Should().Equal("sexting.flanders.decide.helpOffered");
        result.Refusals[0].Message.Should().Contain("p3");
    }

    [Fact]
    public void Decided_FlandersWithoutCommunicationAgreements_Refused()
    {
        var state = FlemishFixture.At(SextingStep.Decide);
        var good = FlemishFixture.Good(SextingTrigger.Decided).Decision!;
        var input = new SextingInput { Decision = good with { Measures = good.Measures.Where(m => m.Kind != MeasureKind.CommunicationAgreements).ToArray() } };
        RuleIds(Workflow.Fire(state, SextingTrigger.Decided, input)).Should().Equal("sexting.flanders.decide.communicationAgreements");
    }

    [Fact]
    public void Decided_NetherlandsWithoutAgreementsOrHelpForAll_FlemishRulesDoNotFire()
    {
        var result = Workflow.Fire(SextingFixture.At(SextingStep.Decide), SextingTrigger.Decided, SextingFixture.Good(SextingTrigger.Decided));
        result.Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Decided_FlandersBlamingThePortrayed_RefusedAsOnTheOtherRoute()
    {
        var state = FlemishFixture.At(SextingStep.Decide);
        var good = FlemishFixture.Good(SextingTrigger.Decided).Decision!;
        var input = new SextingInput { Decision = good with { Measures = [.. good.Measures, new(MeasureKind.Consequence, "p1")] } };
        RuleIds(Workflow.Fire(state, SextingTrigger.Decided, input)).Should().Equal("sexting.decide.neverBlamePortrayed");
    }

    [Fact]
    public void Weighed_IncidentOfTheOtherJurisdiction_ErrorAtItsPath()
    {
        var state = FlemishFixture.At(SextingStep.Weigh);
        var result = Workflow.Fire(state, SextingTrigger.Weighed, new() { Incident = SextingFixture.Incident(CriterionRating.Red), CriminalCasePossible = false });
        result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.incident.jurisdiction");
        result.State.Should().BeSameAs(state);
    }

    [Fact]
    public void FollowedUp_Flanders_LeadsToEvaluationNotClosing()
    {
        var result = Workflow.Fire(FlemishFixture.At(SextingStep.FollowUp), SextingTrigger.FollowedUp, SextingFixture.Good(SextingTrigger.FollowedUp));
        result.State.Step.Should().Be(SextingStep.Evaluate);
        Workflow.PermittedTriggers(result.State).Should().Contain(SextingTrigger.Evaluated);
    }

    [Fact]
    public void ToDot_Flanders_HasItsOwnStepsOnly()
    {
        var dot = Workflow.ToDot(Jurisdiction.Flanders);
        dot.Should().Contain("InvolveContactPerson").And.Contain("Evaluate").And.Contain("sexting.flanders.talk.distributors");
        dot.Should().NotContain("sexting.flanders.consult.childFocusForMinor", "advice is no guard");
        dot.Should().NotContain("TalkToParents").And.NotContain("MapSignals");
        Workflow.ToDot().Should().Be(Workflow.ToDot(Jurisdiction.Netherlands)).And.NotContain("InvolveContactPerson");
    }

    public static TheoryData<SextingStep, SextingTrigger> IllegalPairs() => SextingTransitionTests.IllegalPairsOf(FlemishFixture.ForwardLine);

    public static TheoryData<SextingStep> OpenSteps => new(Workflow.Route(Jurisdiction.Flanders).Where(s => s != SextingStep.Closed));

    [Theory]
    [MemberData(nameof(IllegalPairs))]
    public void Fire_FlemishIllegalTrigger_RefusedWithReasonAndStateUnchanged(SextingStep step, SextingTrigger trigger)
    {
        var state = FlemishFixture.At(step);
        var result = Workflow.Fire(state, trigger, FlemishFixture.Good(trigger));
        result.State.Should().BeSameAs(state);
        var refusal = result.Refusals.Should().ContainSingle().Subject;
        refusal.Code.Should().Be("sexting.illegalTransition");
        refusal.Path.Should().Be("$.step");
    }

    [Theory]
    [MemberData(nameof(OpenSteps))]
    public void Fire_FlemishPoliceAskedThenImagesDeleted_AllowedInEveryOpenStep(SextingStep step)
    {
        var asked = Workflow.Fire(FlemishFixture.At(step), SextingTrigger.PoliceAsked, new SextingInput { PoliceAdvice = PoliceAdvice.Delete });
        asked.State.Step.Should().Be(step);
        var deleted = Workflow.Fire(asked.State, SextingTrigger.ImagesDeleted);
        deleted.Succeeded.Should().BeTrue();
        deleted.State.Step.Should().Be(step);
    }
}
