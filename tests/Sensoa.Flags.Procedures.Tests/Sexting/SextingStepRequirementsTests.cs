using System.Text;
using System.Text.Json.Nodes;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>A saved state is checked on load against what its step requires: an edited file cannot skip the route.</summary>
public sealed class SextingStepRequirementsTests : IDisposable
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    private readonly string directory = Samples.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    public static TheoryData<SextingStep> NetherlandsSteps => new(Workflow.Route(Jurisdiction.Netherlands));

    public static TheoryData<SextingStep> FlemishSteps => new(Workflow.Route(Jurisdiction.Flanders));

    private static IReadOnlyList<ValidationError> Load(string json) => Workflow.Load(Encoding.UTF8.GetBytes(json)).Errors;

    private static string Edit(SextingIncidentState state, Action<JsonObject> edit)
    {
        var json = JsonNode.Parse(Workflow.Save(state))!.AsObject();
        edit(json);
        return json.ToJsonString();
    }

    [Theory]
    [MemberData(nameof(NetherlandsSteps))]
    public void Load_WalkedNetherlandsState_EveryStep_Accepted(SextingStep step)
    {
        Load(Workflow.Save(SextingFixture.At(step))).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(FlemishSteps))]
    public void Load_WalkedFlemishState_EveryStep_Accepted(SextingStep step)
    {
        Load(Workflow.Save(FlemishFixture.At(step))).Should().BeEmpty();
    }

    [Fact]
    public void Load_EditedToFollowUpWithNothingDone_RefusedWithThePathOfEachMissingPart()
    {
        var json = Edit(SextingFixture.Started, s => s["step"] = "followUp");

        var errors = Load(json);

        errors.Select(e => e.Path).Should().Contain(["$.consulted", "$.conversations", "$.parentContacts", "$.incident", "$.ruleSetVersion", "$.criminalCasePossible", "$.decision"]);
        errors.Should().Contain(e => e.Path == "$.decision" && e.Code == ValidationCodes.Required && e.Message.Contains("followUp", StringComparison.Ordinal));
        errors.Should().Contain(e => e.Path == "$.consulted" && e.Message.Contains("sexting.consult.colleagueOrCareStructure", StringComparison.Ordinal));
        errors.Should().NotContain(e => e.Path == "$.checkedIn", "follow-up is the step it is in, not one it has passed");
    }

    [Fact]
    public void Load_DecisionWithPublicity_RefusedAtTheMeasure()
    {
        var json = Edit(SextingFixture.At(SextingStep.FollowUp), s => s["decision"]!["measures"]!.AsArray().Add(new JsonObject { ["kind"] = "publicity" }));

        var error = Load(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.decision.measures[2].kind");
        error.Message.Should().Contain("sexting.decide.noPublicity");
    }

    [Fact]
    public void Load_ConsequenceForThePortrayedPerson_RefusedAtThePerson()
    {
        var json = Edit(SextingFixture.At(SextingStep.Closed), s => s["decision"]!["measures"]![1]!["personId"] = "p1");

        var error = Load(json).Should().ContainSingle().Subject;

        error.Path.Should().Be("$.decision.measures[1].personId");
        error.Message.Should().Contain("sexting.decide.neverBlamePortrayed");
    }

    [Fact]
    public void Load_FlemishDecisionWithoutHelpOrAgreements_Refused()
    {
        var json = Edit(FlemishFixture.At(SextingStep.FollowUp), s => s["decision"]!["measures"] = new JsonArray());

        Load(json).Select(e => e.Message).Should().Contain(m => m.Contains("sexting.flanders.decide.helpOffered", StringComparison.Ordinal))
            .And.Contain(m => m.Contains("sexting.flanders.decide.communicationAgreements", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WhatALaterStepRecords_ForbiddenEarlier()
    {
        var json = Edit(SextingFixture.At(SextingStep.Closed), s => s["step"] = "consult");

        var errors = Load(json);

        errors.Select(e => e.Path).Should().BeEquivalentTo(
            ["$.consulted", "$.conversations", "$.parentContacts", "$.incident", "$.ruleSetVersion", "$.weighed", "$.criminalCasePossible", "$.decision", "$.checkedIn"]);
        errors.Should().OnlyContain(e => e.Code == ValidationCodes.Invalid && e.Message.Contains("has not passed yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_WeighedFlagsOfOtherBehaviours_Refused()
    {
        var json = Edit(SextingFixture.At(SextingStep.Decide), s => s["weighed"]!.AsArray().RemoveAt(1));

        Load(json).Should().ContainSingle(e => e.Path == "$.weighed");
    }

    [Fact]
    public void Load_FlemishStateWithParentContacts_Refused()
    {
        var json = Edit(FlemishFixture.At(SextingStep.Closed), s => s["parentContacts"] = new JsonArray("p1"));

        Load(json).Should().ContainSingle().Which.Path.Should().Be("$.parentContacts");
    }
}
