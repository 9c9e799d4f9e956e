using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>The same three pupils as <see cref="SextingFixture"/> on the Flemish route, and inputs that meet every Flemish rule.</summary>
internal static class FlemishFixture
{
    public static ISextingWorkflow Workflow => SextingFixture.Workflow;

    public static SextingIncidentState Started => Workflow.Start("case-fl", SextingFixture.Participants, Jurisdiction.Flanders).State;

    public static readonly (SextingStep From, SextingTrigger Trigger, SextingStep To)[] ForwardLine =
    [
        (SextingStep.InvolveContactPerson, SextingTrigger.ContactPersonInvolved, SextingStep.Weigh),
        (SextingStep.Weigh, SextingTrigger.Weighed, SextingStep.Consult),
        (SextingStep.Consult, SextingTrigger.Consulted, SextingStep.TalkToYoungPeople),
        (SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, SextingStep.Decide),
        (SextingStep.Decide, SextingTrigger.Decided, SextingStep.FollowUp),
        (SextingStep.FollowUp, SextingTrigger.FollowedUp, SextingStep.Evaluate),
        (SextingStep.Evaluate, SextingTrigger.Evaluated, SextingStep.Closed),
    ];

    public static Incident Incident(CriterionRating forwarding) =>
        SextingFixture.Incident(forwarding) with { Jurisdiction = Jurisdiction.Flanders };

    public static SextingInput Good(SextingTrigger trigger) => trigger switch
    {
        SextingTrigger.Weighed => new() { Incident = Incident(CriterionRating.Red), CriminalCasePossible = false },
        SextingTrigger.Consulted => new() { Consulted = [ConsultedParty.Clb, ConsultedParty.ChildFocus] },
        // Not alone: the Flemish sources ask for the talks, not for talking to each pupil separately.
        SextingTrigger.YoungPeopleHeard => new() { Conversations = [new("p1", true), new("p2", false)] },
        SextingTrigger.Decided => new()
        {
            Decision = new Decision
            {
                Route = DecisionRoute.OtherProfessionals,
                Measures =
                [
                    new(MeasureKind.Support, "p1"), new(MeasureKind.Support, "p2"), new(MeasureKind.Support, "p3"),
                    new(MeasureKind.Consequence, "p2"), new(MeasureKind.CommunicationAgreements, null),
                ],
            },
        },
        _ => SextingFixture.Good(trigger),
    };

    /// <summary>Walks the Flemish route from the start up to the given step.</summary>
    public static SextingIncidentState At(SextingStep step)
    {
        var state = Started;
        foreach (var (from, trigger, _) in ForwardLine)
        {
            if (state.Step == step)
            {
                break;
            }

            from.Should().Be(state.Step);
            var result = Workflow.Fire(state, trigger, Good(trigger));
            result.Succeeded.Should().BeTrue(string.Join("; ", result.Refusals.Select(r => r.ToString()).Concat(result.Errors.Select(e => e.ToString()))));
            state = result.State;
        }

        state.Step.Should().Be(step);
        return state;
    }
}
