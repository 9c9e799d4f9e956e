using System.Text;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>The jurisdiction in the saved state: written, read back, and absent from version-1 files that must keep loading.</summary>
public sealed class JurisdictionPersistenceTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    private static SextingLoadResult Load(string json) => Workflow.Load(Encoding.UTF8.GetBytes(json));

    public static TheoryData<SextingStep> FlemishSteps => new(Workflow.Route(Jurisdiction.Flanders));

    [Theory]
    [MemberData(nameof(FlemishSteps))]
    public void SaveLoad_EveryFlemishStep_RoundTripsWithoutLoss(SextingStep step)
    {
        var state = FlemishFixture.At(step);
        var saved = Workflow.Save(state);
        saved.Should().Contain("\"jurisdiction\": \"flanders\"");
        var loaded = Load(saved);
        loaded.Errors.Should().BeEmpty();
        Workflow.Save(loaded.State!).Should().Be(saved);
        loaded.State!.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Load_ShippedVersionOneState_TheNetherlandsRouteNothingLost()
    {
        var json = File.ReadAllText(Samples.File("sexting/state.json"));
        json.Should().Contain("\"schemaVersion\": 1").And.NotContain("jurisdiction");
        var loaded = Load(json);
        loaded.Errors.Should().BeEmpty();
        var state = loaded.State!;
        state.Jurisdiction.Should().Be(Jurisdiction.Netherlands);
        state.SchemaVersion.Should().Be(SextingIncidentState.CurrentSchemaVersion);
        state.Step.Should().Be(SextingStep.TalkToYoungPeople);
        state.Consulted.Should().Equal(ConsultedParty.Colleague, ConsultedParty.CareStructure);
        state.History.Should().HaveCount(2);
        var saved = Workflow.Save(state);
        saved.Should().Contain("\"schemaVersion\": 2").And.Contain("\"jurisdiction\": \"netherlands\"");
        Load(saved).State.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Load_VersionOneWithAFlemishWeighedIncident_StillLoads()
    {
        // Before the jurisdiction existed, a Flemish incident could be weighed on the only route there was.
        var state = SextingFixture.At(SextingStep.Decide) with { Incident = FlemishFixture.Incident(CriterionRating.Red) };
        var json = Workflow.Save(state).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 1", StringComparison.Ordinal)
            .Replace("  \"jurisdiction\": \"netherlands\",\n", string.Empty, StringComparison.Ordinal);
        json.Should().NotContain("\"jurisdiction\": \"netherlands\"");
        var loaded = Load(json);
        loaded.Errors.Should().BeEmpty();
        loaded.State!.Jurisdiction.Should().Be(Jurisdiction.Netherlands);
        loaded.State.Incident!.Jurisdiction.Should().Be(Jurisdiction.Flanders);
    }

    [Fact]
    public void Load_VersionTwoWithAnIncidentOfTheOtherJurisdiction_ErrorWithPath()
    {
        var json = Workflow.Save(FlemishFixture.At(SextingStep.Consult))
            .Replace("\"jurisdiction\": \"flanders\",\n    \"setting\"", "\"jurisdiction\": \"netherlands\",\n    \"setting\"", StringComparison.Ordinal);
        Load(json).Errors.Should().ContainSingle().Which.Path.Should().Be("$.incident.jurisdiction");
    }

    [Fact]
    public void Load_StepOfTheOtherRoute_ErrorWithPath()
    {
        var json = Workflow.Save(FlemishFixture.Started).Replace("\"step\": \"involveContactPerson\"", "\"step\": \"talkToParents\"", StringComparison.Ordinal);
        var error = Load(json).Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.step");
        error.Message.Should().Contain("flanders");
    }

    [Fact]
    public void Load_UnknownJurisdiction_ErrorWithPath()
    {
        var json = Workflow.Save(FlemishFixture.Started).Replace("\"jurisdiction\": \"flanders\"", "\"jurisdiction\": \"wallonia\"", StringComparison.Ordinal);
        Load(json).Errors.Should().ContainSingle().Which.Path.Should().Be("$.jurisdiction");
    }
}
