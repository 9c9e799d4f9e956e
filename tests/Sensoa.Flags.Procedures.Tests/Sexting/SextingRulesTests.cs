using System.Globalization;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

public sealed class SextingRulesTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    private static TransitionResult Fire(SextingStep step, SextingTrigger trigger, SextingInput input) =>
        Workflow.Fire(SextingFixture.At(step), trigger, input);

    private static void RefusedBy(TransitionResult result, string code, string path, string? mentions = null)
    {
        result.Succeeded.Should().BeFalse();
        var refusal = result.Refusals.Should().ContainSingle(r => r.Code == code).Subject;
        refusal.Path.Should().Be(path);
        if (mentions is not null)
        {
            refusal.Message.Should().Contain(mentions);
        }
    }

    [Fact]
    public void Consulted_OnlyAnExpert_RefusedColleagueOrCareStructureFirst()
    {
        RefusedBy(Fire(SextingStep.Consult, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Expert] }),
            "sexting.consult.colleagueOrCareStructure", "$.consulted");
        Fire(SextingStep.Consult, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.CareStructure] }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void YoungPeopleHeard_PortrayedTogetherWithOthers_Refused()
    {
        var result = Fire(SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("p1", false), new("p2", true)] });
        RefusedBy(result, "sexting.talk.portrayedAlone", "$.conversations", "p1");
        result.Refusals.Should().ContainSingle();
    }

    [Fact]
    public void YoungPeopleHeard_DistributorNotHeardSeparately_Refused()
    {
        RefusedBy(Fire(SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("p1", true)] }),
            "sexting.talk.distributorsSeparately", "$.conversations", "p2");
    }

    [Fact]
    public void ParentsHeard_AMinorsParentsMissing_RefusedNamingThem()
    {
        RefusedBy(Fire(SextingStep.TalkToParents, SextingTrigger.ParentsHeard, new() { ParentContacts = ["p1", "p2"] }),
            "sexting.parents.everyMinor", "$.parentContacts", "p3");
    }

    [Fact]
    public void ParentsHeard_AdultNeedsNoParents_Fires()
    {
        var state = SextingFixture.Workflow.Start("case-2",
        [
            new() { Id = "a", AgeYears = 19, Roles = [ParticipantRole.Portrayed] },
            new() { Id = "b", AgeYears = 17, Roles = [ParticipantRole.Distributor] },
        ]).State;
        state = Workflow.Fire(state, SextingTrigger.SignalsMapped).State;
        state = Workflow.Fire(state, SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Colleague] }).State;
        state = Workflow.Fire(state, SextingTrigger.YoungPeopleHeard, new() { Conversations = [new("a", true), new("b", true)] }).State;
        Workflow.Fire(state, SextingTrigger.ParentsHeard, new() { ParentContacts = ["b"] }).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Weighed_DistributorsBehaviourMissing_Refused()
    {
        var incident = SextingFixture.Incident(CriterionRating.Red);
        incident = incident with { Behaviours = [incident.Behaviours[0]] };
        RefusedBy(Fire(SextingStep.Weigh, SextingTrigger.Weighed, new() { Incident = incident, CriminalCasePossible = false }),
            "sexting.weigh.everyDistributorWeighed", "$.incident.behaviours", "p2");
    }

    [Fact]
    public void Weighed_AllCriteriaUnknown_RefusedNoFlag()
    {
        var incident = SextingFixture.Incident(CriterionRating.Red);
        incident = incident with { Behaviours = [incident.Behaviours[0], incident.Behaviours[1] with { Criteria = Criteria.AllAt(CriterionRating.Unknown) }] };
        RefusedBy(Fire(SextingStep.Weigh, SextingTrigger.Weighed, new() { Incident = incident, CriminalCasePossible = false }),
            "sexting.weigh.everyBehaviourFlagged", "$.incident.behaviours[1]", "b2");
    }

    [Fact]
    public void Weighed_UsesTheFlagAssessor_FlagsAndVersionRecorded()
    {
        var state = SextingFixture.At(SextingStep.Decide);
        state.Weighed.Select(w => (w.BehaviourId, w.Flag)).Should().Equal(("b1", Flag.Green), ("b2", Flag.Red));
        state.RuleSetVersion.Should().Be(FlagAssessor.RuleSetVersion);
        state.CriminalCasePossible.Should().BeFalse();
    }

    [Fact]
    public void Weighed_BlackFlag_CriminalCasePossibleEvenWhenSaidNot()
    {
        var result = Fire(SextingStep.Weigh, SextingTrigger.Weighed, new() { Incident = SextingFixture.Incident(CriterionRating.Black), CriminalCasePossible = false });
        result.Succeeded.Should().BeTrue();
        result.State.CriminalCasePossible.Should().BeTrue();
    }

    [Fact]
    public void Weighed_InvalidIncident_ErrorsUnderIncidentPath()
    {
        var incident = SextingFixture.Incident(CriterionRating.Red);
        incident = incident with { Behaviours = [incident.Behaviours[0], incident.Behaviours[1] with { ActorId = "nobody" }] };
        var result = Fire(SextingStep.Weigh, SextingTrigger.Weighed, new() { Incident = incident, CriminalCasePossible = false });
        result.Errors.Should().Contain(e => e.Path == "$.incident.behaviours[1].actorId");
    }

    [Fact]
    public void Weighed_PersonNotAParticipantOrOtherAge_ErrorsWithPaths()
    {
        var incident = SextingFixture.Incident(CriterionRating.Red);
        incident = incident with { People = [incident.People[0] with { AgeYears = 14 }, incident.People[1], incident.People[2] with { Id = "p9" }], InvolvesSexting = false };
        Fire(SextingStep.Weigh, SextingTrigger.Weighed, new() { Incident = incident, CriminalCasePossible = false }).Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.incident.involvesSexting", "$.incident.people[0].ageYears", "$.incident.people[2].id");
    }

    [Fact]
    public void Decided_OwnHelpWithBlackFlag_Refused()
    {
        var state = Workflow.Fire(SextingFixture.At(SextingStep.Weigh), SextingTrigger.Weighed, new() { Incident = SextingFixture.Incident(CriterionRating.Black), CriminalCasePossible = true }).State;
        RefusedBy(Workflow.Fire(state, SextingTrigger.Decided, SextingFixture.Good(SextingTrigger.Decided, DecisionRoute.OwnHelp)),
            "sexting.decide.blackNeedsOthers", "$.decision.route");
        Workflow.Fire(state, SextingTrigger.Decided, SextingFixture.Good(SextingTrigger.Decided, DecisionRoute.Report)).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Decided_Publicity_AlwaysRefused()
    {
        var input = new SextingInput { Decision = new Decision { Route = DecisionRoute.Report, Measures = [new(MeasureKind.Publicity, null)] } };
        RefusedBy(Fire(SextingStep.Decide, SextingTrigger.Decided, input), "sexting.decide.noPublicity", "$.decision.measures[0].kind");
    }

    [Fact]
    public void Decided_ConsequenceForThePersonPortrayed_RefusedNeverBlame()
    {
        var input = new SextingInput { Decision = new Decision { Route = DecisionRoute.Report, Measures = [new(MeasureKind.Support, "p1"), new(MeasureKind.Consequence, "p1")] } };
        RefusedBy(Fire(SextingStep.Decide, SextingTrigger.Decided, input), "sexting.decide.neverBlamePortrayed", "$.decision.measures[1].personId", "p1");
    }

    [Fact]
    public void Decided_ConsequenceForAPortrayedPersonWhoAlsoForwarded_Allowed()
    {
        var state = Workflow.Start("case-3",
        [
            new() { Id = "x", AgeYears = 16, Roles = [ParticipantRole.Portrayed, ParticipantRole.Distributor] },
        ]).State;
        state.Participants[0].Has(ParticipantRole.Distributor).Should().BeTrue();
        var input = new SextingInput { Decision = new Decision { Route = DecisionRoute.OtherProfessionals, Measures = [new(MeasureKind.Consequence, "x")] } };
        var decide = state with { Step = SextingStep.Decide };
        Workflow.Fire(decide, SextingTrigger.Decided, input).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void FollowedUp_PortrayedNotCheckedIn_Refused()
    {
        RefusedBy(Fire(SextingStep.FollowUp, SextingTrigger.FollowedUp, new() { CheckedIn = ["p2"] }),
            "sexting.followUp.portrayedCheckedIn", "$.checkedIn", "p1");
    }

    [Fact]
    public void ImagesDeleted_BeforeWeighing_RefusedAskPoliceFirst()
    {
        RefusedBy(Workflow.Fire(SextingFixture.Started, SextingTrigger.ImagesDeleted), "sexting.images.askPoliceFirst", "$.policeAdvice");
    }

    [Fact]
    public void ImagesDeleted_CriminalCasePossibleWithoutPolice_Refused()
    {
        var state = Workflow.Fire(SextingFixture.At(SextingStep.Weigh), SextingTrigger.Weighed, new() { Incident = SextingFixture.Incident(CriterionRating.Red), CriminalCasePossible = true }).State;
        RefusedBy(Workflow.Fire(state, SextingTrigger.ImagesDeleted), "sexting.images.askPoliceFirst", "$.policeAdvice");
    }

    [Fact]
    public void ImagesDeleted_NoCriminalCase_AllowedWithoutPolice()
    {
        Workflow.Fire(SextingFixture.At(SextingStep.Decide), SextingTrigger.ImagesDeleted).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void ImagesDeleted_PoliceSaidKeep_RefusedEvenWithoutCriminalCase()
    {
        var state = Workflow.Fire(SextingFixture.At(SextingStep.Decide), SextingTrigger.PoliceAsked, new() { PoliceAdvice = PoliceAdvice.Keep }).State;
        RefusedBy(Workflow.Fire(state, SextingTrigger.ImagesDeleted), "sexting.images.policeSaidKeep", "$.policeAdvice");
    }

    [Fact]
    public void Fire_RefusalInDutch_DutchText()
    {
        var result = Workflow.Fire(SextingFixture.At(SextingStep.FollowUp), SextingTrigger.FollowedUp, new() { CheckedIn = [] }, CultureInfo.GetCultureInfo("nl"));
        result.Refusals.Should().ContainSingle().Which.Message.Should().Contain("hoe het nu gaat");
    }

    [Fact]
    public void Fire_FieldOfAnotherTrigger_RefusedNotDropped()
    {
        var result = Workflow.Fire(SextingFixture.At(SextingStep.Consult), SextingTrigger.Consulted, new() { Consulted = [ConsultedParty.Colleague], CheckedIn = ["p1"] });
        result.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.checkedIn" && e.Code == ValidationCodes.UnknownProperty);
    }

    [Fact]
    public void Fire_RequiredFieldMissingOrDanglingId_ErrorsWithPaths()
    {
        Workflow.Fire(SextingFixture.At(SextingStep.Consult), SextingTrigger.Consulted).Errors
            .Should().ContainSingle().Which.Should().Be(new ValidationError("$.consulted", ValidationCodes.Required, "required"));
        Workflow.Fire(SextingFixture.At(SextingStep.TalkToParents), SextingTrigger.ParentsHeard, new() { ParentContacts = ["p1", "zz"] }).Errors
            .Should().ContainSingle().Which.Path.Should().Be("$.parentContacts[1]");
    }

    [Fact]
    public void Start_BadParticipants_ErrorsWithPaths()
    {
        var result = Workflow.Start("", [new() { Id = "a", AgeYears = -1, Roles = [ParticipantRole.Recipient] }, new() { Id = "a", AgeYears = 15, Roles = [] }]);
        result.Errors.Select(e => e.Path).Should().BeEquivalentTo(
            "$.caseId", "$.participants[0].ageYears", "$.participants[1].id", "$.participants[1].roles", "$.participants");
    }

    [Fact]
    public void Guide_EveryStep_HasChecklistAndEveryDoAndDontAppliesSomewhere()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var guides = Workflow.Route(Jurisdiction.Netherlands).Select(step => Workflow.Guide(step, english)).ToArray();
        guides.Should().OnlyContain(g => g.Checklist.Count > 0 && g.Title.Length > 0);
        guides.SelectMany(g => g.Dos).Distinct().Should().HaveCount(14);
        guides.SelectMany(g => g.Donts).Distinct().Should().HaveCount(3);
        Workflow.Guide(SextingStep.TalkToYoungPeople, english).Dos.Should().Contain(d => d.Contains("separately", StringComparison.Ordinal));
        Workflow.Guide(SextingStep.Decide, english).Donts.Should().Contain(d => d.Contains("publicity", StringComparison.Ordinal));
    }

    [Fact]
    public void Guide_EveryFlemishStep_HasChecklistAndEveryDoAndDontAppliesSomewhere()
    {
        var english = CultureInfo.GetCultureInfo("en");
        var guides = Workflow.Route(Jurisdiction.Flanders).Select(step => Workflow.Guide(step, Jurisdiction.Flanders, english)).ToArray();
        guides.Should().OnlyContain(g => g.Checklist.Count > 0 && g.Title.Length > 0);
        guides.SelectMany(g => g.Dos).Distinct().Should().HaveCount(6);
        guides.SelectMany(g => g.Donts).Distinct().Should().HaveCount(3);
    }
}
