namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The workflow's shape: the forward transitions, and the two triggers that record something without moving on.</summary>
internal static class SextingTransitions
{
    public static readonly (SextingStep From, SextingTrigger Trigger, SextingStep To)[] Forward =
    [
        (SextingStep.MapSignals, SextingTrigger.SignalsMapped, SextingStep.Consult),
        (SextingStep.Consult, SextingTrigger.Consulted, SextingStep.TalkToYoungPeople),
        (SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, SextingStep.TalkToParents),
        (SextingStep.TalkToParents, SextingTrigger.ParentsHeard, SextingStep.Weigh),
        (SextingStep.Weigh, SextingTrigger.Weighed, SextingStep.Decide),
        (SextingStep.Decide, SextingTrigger.Decided, SextingStep.FollowUp),
        (SextingStep.FollowUp, SextingTrigger.FollowedUp, SextingStep.Closed),
    ];

    /// <summary>Asking the police about the images and deleting them can happen in any open step: a case does not wait.</summary>
    public static readonly SextingTrigger[] InPlace = [SextingTrigger.PoliceAsked, SextingTrigger.ImagesDeleted];

    public static IReadOnlyList<SextingTrigger> From(SextingStep step) =>
        step == SextingStep.Closed
            ? []
            : Forward.Where(t => t.From == step).Select(t => t.Trigger).Concat(InPlace).ToArray();
}
