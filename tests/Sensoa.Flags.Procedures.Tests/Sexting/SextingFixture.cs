using Sensoa.Flags.Procedures.Sexting;

namespace Sensoa.Flags.Procedures.Tests.Sexting;

/// <summary>A three-person incident (p1 portrayed, p2 passed it on, p3 received it) and inputs that meet every rule.</summary>
internal static class SextingFixture
{
    public static readonly FixedTimeProvider Time = new(new DateTimeOffset(2026, 3, 2, 9, 15, 0, TimeSpan.FromHours(1)));

    public static ISextingWorkflow Workflow { get; } = SextingWorkflow.Create(FlagAssessor.Create(), Time);

    public static IReadOnlyList<Participant> Participants { get; } =
    [
        new() { Id = "p1", AgeYears = 15, Roles = [ParticipantRole.Portrayed] },
        new() { Id = "p2", AgeYears = 16, Roles = [ParticipantRole.Distributor, ParticipantRole.Recipient] },
        new() { Id = "p3", AgeYears = 15, Roles = [ParticipantRole.Recipient] },
    ];

    public static SextingIncidentState Started => Workflow.Start("case-1", Participants).State;

    public static Incident Incident(CriterionRating forwarding) => new()
    {
        Jurisdiction = Jurisdiction.Netherlands,
        Setting = Setting.School,
        InvolvesSexting = true,
        People = [new Person { Id = "p1", AgeYears = 15 }, new Person { Id = "p2", AgeYears = 16 }, new Person { Id = "p3", AgeYears = 15 }],
        Behaviours =
        [
            new Behaviour { Id = "b1", ActorId = "p1", Criteria = Criteria.AllAt(CriterionRating.Green) },
            new Behaviour { Id = "b2", ActorId = "p2", AffectedIds = ["p1"], Criteria = Criteria.AllAt(CriterionRating.Green) with { Consent = forwarding } },
        ],
    };

    /// <summary>The input that meets every rule for a forward trigger; the red forwarding keeps all three routes open.</summary>
    public static SextingInput Good(SextingTrigger trigger, DecisionRoute route = DecisionRoute.OtherProfessionals) => trigger switch
    {
        SextingTrigger.Consulted => new() { Consulted = [ConsultedParty.Colleague] },
        SextingTrigger.YoungPeopleHeard => new() { Conversations = [new("p1", true), new("p2", true)] },
        SextingTrigger.ParentsHeard => new() { ParentContacts = ["p1", "p2", "p3"] },
        SextingTrigger.Weighed => new() { Incident = Incident(CriterionRating.Red), CriminalCasePossible = false },
        SextingTrigger.Decided => new() { Decision = new Decision { Route = route, Measures = [new(MeasureKind.Support, "p1"), new(MeasureKind.Consequence, "p2")] } },
        SextingTrigger.FollowedUp => new() { CheckedIn = ["p1"] },
        SextingTrigger.PoliceAsked => new() { PoliceAdvice = PoliceAdvice.Delete },
        _ => new(),
    };

    /// <summary>Walks the main line from the start up to the given step.</summary>
    public static SextingIncidentState At(SextingStep step, DecisionRoute route = DecisionRoute.OtherProfessionals)
    {
        var state = Started;
        foreach (var (from, trigger, _) in ForwardLine)
        {
            if (state.Step == step)
            {
                break;
            }

            from.Should().Be(state.Step);
            var result = Workflow.Fire(state, trigger, Good(trigger, route));
            result.Succeeded.Should().BeTrue(string.Join("; ", result.Refusals.Select(r => r.ToString()).Concat(result.Errors.Select(e => e.ToString()))));
            state = result.State;
        }

        state.Step.Should().Be(step);
        return state;
    }

    public static readonly (SextingStep From, SextingTrigger Trigger, SextingStep To)[] ForwardLine =
    [
        (SextingStep.MapSignals, SextingTrigger.SignalsMapped, SextingStep.Consult),
        (SextingStep.Consult, SextingTrigger.Consulted, SextingStep.TalkToYoungPeople),
        (SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, SextingStep.TalkToParents),
        (SextingStep.TalkToParents, SextingTrigger.ParentsHeard, SextingStep.Weigh),
        (SextingStep.Weigh, SextingTrigger.Weighed, SextingStep.Decide),
        (SextingStep.Decide, SextingTrigger.Decided, SextingStep.FollowUp),
        (SextingStep.FollowUp, SextingTrigger.FollowedUp, SextingStep.Closed),
    ];
}
