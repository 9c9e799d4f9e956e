namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The workflow's shape per jurisdiction: the forward transitions, and the two triggers that record something without moving on.</summary>
internal static class SextingTransitions
{
    /// <summary>The Netherlands: the reporting code's five steps (talking split in two: young people first, then parents), then follow-up.</summary>
    public static readonly (SextingStep From, SextingTrigger Trigger, SextingStep To)[] Netherlands =
    [
        (SextingStep.MapSignals, SextingTrigger.SignalsMapped, SextingStep.Consult),
        (SextingStep.Consult, SextingTrigger.Consulted, SextingStep.TalkToYoungPeople),
        (SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, SextingStep.TalkToParents),
        (SextingStep.TalkToParents, SextingTrigger.ParentsHeard, SextingStep.Weigh),
        (SextingStep.Weigh, SextingTrigger.Weighed, SextingStep.Decide),
        (SextingStep.Decide, SextingTrigger.Decided, SextingStep.FollowUp),
        (SextingStep.FollowUp, SextingTrigger.FollowedUp, SextingStep.Closed),
    ];

    /// <summary>
    /// Flanders (the screener's step plan and the advice page): the contact person is involved first and the severity
    /// weighed; then the CLB and, with a minor, Child Focus; talks with the pupils; help and agreements; follow-up; evaluation.
    /// </summary>
    public static readonly (SextingStep From, SextingTrigger Trigger, SextingStep To)[] Flanders =
    [
        (SextingStep.InvolveContactPerson, SextingTrigger.ContactPersonInvolved, SextingStep.Weigh),
        (SextingStep.Weigh, SextingTrigger.Weighed, SextingStep.Consult),
        (SextingStep.Consult, SextingTrigger.Consulted, SextingStep.TalkToYoungPeople),
        (SextingStep.TalkToYoungPeople, SextingTrigger.YoungPeopleHeard, SextingStep.Decide),
        (SextingStep.Decide, SextingTrigger.Decided, SextingStep.FollowUp),
        (SextingStep.FollowUp, SextingTrigger.FollowedUp, SextingStep.Evaluate),
        (SextingStep.Evaluate, SextingTrigger.Evaluated, SextingStep.Closed),
    ];

    /// <summary>Asking the police about the images and deleting them can happen in any open step: a case does not wait.</summary>
    public static readonly SextingTrigger[] InPlace = [SextingTrigger.PoliceAsked, SextingTrigger.ImagesDeleted];

    public static (SextingStep From, SextingTrigger Trigger, SextingStep To)[] Forward(Jurisdiction jurisdiction) =>
        jurisdiction == Jurisdiction.Flanders ? Flanders : Netherlands;

    /// <summary>The route's first step.</summary>
    public static SextingStep First(Jurisdiction jurisdiction) => Forward(jurisdiction)[0].From;

    /// <summary>The route's steps in order, <see cref="SextingStep.Closed"/> last.</summary>
    public static IReadOnlyList<SextingStep> Steps(Jurisdiction jurisdiction) =>
        [.. Forward(jurisdiction).Select(t => t.From), SextingStep.Closed];

    public static IReadOnlyList<SextingTrigger> From(Jurisdiction jurisdiction, SextingStep step) =>
        step == SextingStep.Closed || !Steps(jurisdiction).Contains(step)
            ? []
            : Forward(jurisdiction).Where(t => t.From == step).Select(t => t.Trigger).Concat(InPlace).ToArray();
}
