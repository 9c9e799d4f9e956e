using System.Text;
using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>Ids in the workflow are checked as the core checks incident ids: no control characters, no unpaired surrogates.</summary>
public sealed class SextingIdTests
{
    private static readonly ISextingWorkflow Workflow = SextingWorkflow.Create(FlagAssessor.Create(), TimeProvider.System);

    [Theory]
    [InlineData("case\u001b[31m")]
    [InlineData("case\u0007")]
    public void Start_ControlCharacterInCaseId_Refused(string caseId)
    {
        var started = Workflow.Start(caseId, [new Participant { Id = "p1", AgeYears = 15, Roles = [ParticipantRole.Portrayed] }]);
        started.Succeeded.Should().BeFalse();
        started.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.caseId" && e.Code == ValidationCodes.Invalid);
    }

    [Fact]
    public void Start_ControlCharacterInParticipantId_Refused()
    {
        var started = Workflow.Start("case", [new Participant { Id = "p\n1", AgeYears = 15, Roles = [ParticipantRole.Portrayed] }]);
        started.Errors.Should().ContainSingle().Which.Path.Should().Be("$.participants[0].id");
    }

    [Fact]
    public void Load_EscapeCodeInParticipantId_Refused()
    {
        var json = File.ReadAllText(Samples.File("sexting/state.json")).Replace("\"id\": \"p3\"", "\"id\": \"p3\\u001b[2J\"", StringComparison.Ordinal);
        var loaded = Workflow.Load(Encoding.UTF8.GetBytes(json));
        loaded.IsValid.Should().BeFalse();
        loaded.Errors.Should().Contain(e => e.Path == "$.participants[2].id" && e.Code == ValidationCodes.Invalid);
    }
}
