using System.Text;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

public sealed class SextingPersistenceTests
{
    private static readonly ISextingWorkflow Workflow = SextingFixture.Workflow;

    private static SextingLoadResult Load(string json) => Workflow.Load(Encoding.UTF8.GetBytes(json));

    public static TheoryData<SextingStep> Steps => new(Workflow.Route(Jurisdiction.Netherlands));

    [Theory]
    [MemberData(nameof(Steps))]
    public void SaveLoad_EveryStep_RoundTripsWithoutLoss(SextingStep step)
    {
        var state = SextingFixture.At(step);
        state = Workflow.Fire(state, SextingTrigger.PoliceAsked, new() { PoliceAdvice = PoliceAdvice.Keep }) is { Succeeded: true } asked ? asked.State : state;
        var saved = Workflow.Save(state);
        var loaded = Load(saved);
        loaded.Errors.Should().BeEmpty();
        Workflow.Save(loaded.State!).Should().Be(saved);
        loaded.State!.Should().BeEquivalentTo(state);
    }

    [Fact]
    public void Load_ThenContinue_SameAsWithoutSaving()
    {
        var state = SextingFixture.At(SextingStep.Decide);
        var input = SextingFixture.Good(SextingTrigger.Decided);
        var direct = Workflow.Fire(state, SextingTrigger.Decided, input).State;
        var viaFile = Workflow.Fire(Load(Workflow.Save(state)).State!, SextingTrigger.Decided, input).State;
        Workflow.Save(viaFile).Should().Be(Workflow.Save(direct));
    }

    [Fact]
    public void Load_NewerSchemaVersion_RefusedNamingTheField()
    {
        var json = Workflow.Save(SextingFixture.Started).Replace("\"schemaVersion\": 2", "\"schemaVersion\": 3", StringComparison.Ordinal)
            .Replace("\"caseId\"", "\"futureField\": true, \"caseId\"", StringComparison.Ordinal);
        var error = Load(json).Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.schemaVersion");
        error.Code.Should().Be(Procedures.ProcedureCodes.UnsupportedVersion);
        error.Message.Should().Contain("newer");
    }

    [Fact]
    public void Load_UnknownPropertyAndBadStep_EachWithPath()
    {
        var json = Workflow.Save(SextingFixture.Started).Replace("\"step\": \"mapSignals\"", "\"step\": \"panic\", \"stepp\": 1", StringComparison.Ordinal);
        Load(json).Errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo([
            ("$.stepp", ValidationCodes.UnknownProperty),
            ("$.step", ValidationCodes.UnknownValue),
        ]);
    }

    [Theory]
    [InlineData("", "$")]
    [InlineData("[]", "$")]
    [InlineData("{\"schemaVersion\": 0, \"caseId\": \"c\", \"step\": \"consult\", \"participants\": [{\"id\": \"p\", \"ageYears\": 15, \"roles\": [\"portrayed\"]}]}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\": 1, \"caseId\": \"c\", \"step\": \"consult\", \"participants\": [{\"id\": \"p\", \"ageYears\": 15, \"roles\": [\"portrayed\"]}], \"checkedIn\": [\"q\"]}", "$.checkedIn[0]")]
    [InlineData("{\"schemaVersion\": 1, \"caseId\": \"c\", \"step\": \"consult\", \"participants\": [{\"id\": \"p\", \"ageYears\": 15, \"roles\": [\"painter\"]}]}", "$.participants[0].roles[0]")]
    [InlineData("{\"schemaVersion\": 1, \"caseId\": \"c\", \"step\": \"consult\"}", "$.participants")]
    public void Load_BadFile_ErrorAtPath(string json, string path)
    {
        var loaded = Load(json);
        loaded.IsValid.Should().BeFalse();
        loaded.Errors.Select(e => e.Path).Should().Contain(path);
    }

    [Fact]
    public void Load_NestedIncidentInvalid_ErrorUnderIncident()
    {
        var json = Workflow.Save(SextingFixture.At(SextingStep.Decide)).Replace("\"consent\": \"red\"", "\"consent\": \"purple\"", StringComparison.Ordinal);
        Load(json).Errors.Should().ContainSingle().Which.Path.Should().Be("$.incident.behaviours[1].criteria.consent");
    }

    [Fact]
    public void Load_ShippedExample_ValidAndInTalkStep()
    {
        var loaded = Workflow.Load(File.ReadAllBytes(Samples.File("sexting/state.json")));
        loaded.Errors.Should().BeEmpty();
        loaded.State!.Step.Should().Be(SextingStep.TalkToYoungPeople);
    }

    [Fact]
    public void ReadInput_ShippedInputs_WalkTheShippedStateToClosed()
    {
        var state = Workflow.Load(File.ReadAllBytes(Samples.File("sexting/state.json"))).State!;
        foreach (var (trigger, file) in new[]
        {
            (SextingTrigger.YoungPeopleHeard, "young-people-heard.json"),
            (SextingTrigger.ParentsHeard, "parents-heard.json"),
            (SextingTrigger.Weighed, "weighed.json"),
            (SextingTrigger.PoliceAsked, "police-asked.json"),
            (SextingTrigger.ImagesDeleted, null),
            (SextingTrigger.Decided, "decided.json"),
            (SextingTrigger.FollowedUp, "followed-up.json"),
        })
        {
            SextingInput? input = null;
            if (file is not null)
            {
                input = Workflow.ReadInput(trigger, File.ReadAllBytes(Samples.File("sexting/" + file)), out var errors);
                errors.Should().BeEmpty(file);
            }

            var result = Workflow.Fire(state, trigger, input);
            result.Succeeded.Should().BeTrue(trigger.ToString());
            state = result.State;
        }

        state.Step.Should().Be(SextingStep.Closed);
    }

    [Fact]
    public void ReadInput_FieldOfAnotherTriggerAndMissingField_ErrorsWithPaths()
    {
        Workflow.ReadInput(SextingTrigger.Weighed, Encoding.UTF8.GetBytes("{\"checkedIn\": [\"p1\"]}"), out var errors).Should().BeNull();
        errors.Select(e => e.Path).Should().BeEquivalentTo("$.checkedIn", "$.incident", "$.criminalCasePossible");
    }
}
