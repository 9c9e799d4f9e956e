using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

public sealed class ReadmeExampleTests
{
    [Fact]
    public void SextingExample_AsPrintedInTheDocs_PrintsTheRefusalItShows()
    {
        var workflow = SextingWorkflow.Create();
        var state = workflow.Start("case-14", [new Participant { Id = "p1", AgeYears = 15, Roles = [ParticipantRole.Portrayed] }]).State;
        state = workflow.Fire(state, SextingTrigger.SignalsMapped).State;
        var early = workflow.Fire(state, SextingTrigger.YoungPeopleHeard, new SextingInput { Conversations = [new("p1", Alone: true)] });
        early.Refusals[0].ToString().Should().Be("$.step: 'youngPeopleHeard' is not possible in step 'consult'; possible now: consulted, policeAsked, imagesDeleted.");
        workflow.Load(System.Text.Encoding.UTF8.GetBytes(workflow.Save(state))).State!.Step.Should().Be(SextingStep.Consult);

        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Sensoa.Flags.slnx")))
        {
            root = root.Parent;
        }

        File.ReadAllText(Path.Combine(root!.FullName, "docs", "procedures.md")).Should().Contain("// " + early.Refusals[0]);
    }
}
