using System.Globalization;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// The rules of the sources that the workflow enforces, each checked on the state as it would be after the trigger.
/// Both routes: weigh every distributor's behaviour and give every behaviour a flag; a black flag is not handled alone;
/// no publicity; never blame the person portrayed; check in with the person portrayed; ask the police before deleting
/// images where a criminal case is possible. The Netherlands (the reporting code's approach): consult before talking;
/// talk to the person portrayed and to each distributor separately; hear the parents of every minor. Flanders (the
/// screener's cards and the advice page; the order is the library's construction): the CLB, and Child Focus when a minor
/// is involved, as advice that is recorded when skipped; talk with every distributor about what is okay, and with the
/// person portrayed to support them; help offered to every pupil involved; agreements on communication.
/// </summary>
internal static class SextingRules
{
    public static readonly IReadOnlyList<SextingRule> All =
    [
        new("sexting.consult.colleagueOrCareStructure", SextingTrigger.Consulted, s =>
            s.Consulted.Contains(ConsultedParty.Colleague) || s.Consulted.Contains(ConsultedParty.CareStructure)
                ? [] : [Refuse("$.consulted", "sexting.consult.colleagueOrCareStructure")], Jurisdiction.Netherlands),
        new("sexting.talk.portrayedAlone", SextingTrigger.YoungPeopleHeard, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !HeardAlone(s, p.Id))
                .Select(p => Refuse("$.conversations", "sexting.talk.portrayedAlone", p.Id)), Jurisdiction.Netherlands),
        new("sexting.talk.distributorsSeparately", SextingTrigger.YoungPeopleHeard, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && !p.Has(ParticipantRole.Portrayed) && !HeardAlone(s, p.Id))
                .Select(p => Refuse("$.conversations", "sexting.talk.distributorsSeparately", p.Id)), Jurisdiction.Netherlands),
        new("sexting.parents.everyMinor", SextingTrigger.ParentsHeard, s =>
            s.Participants.Where(p => p.IsMinor && !s.ParentContacts.Contains(p.Id))
                .Select(p => Refuse("$.parentContacts", "sexting.parents.everyMinor", p.Id)), Jurisdiction.Netherlands),
        new("sexting.weigh.everyDistributorWeighed", SextingTrigger.Weighed, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && s.Incident?.Behaviours.Any(b => b.ActorId == p.Id) != true)
                .Select(p => Refuse("$.incident.behaviours", "sexting.weigh.everyDistributorWeighed", p.Id))),
        new("sexting.weigh.everyBehaviourFlagged", SextingTrigger.Weighed, s =>
            s.Weighed.Select((w, i) => (w, i)).Where(x => x.w.Flag is null)
                .Select(x => Refuse($"$.incident.behaviours[{x.i.ToString(CultureInfo.InvariantCulture)}]", "sexting.weigh.everyBehaviourFlagged", x.w.BehaviourId))),
        new("sexting.decide.blackNeedsOthers", SextingTrigger.Decided, s =>
            s.Decision?.Route == DecisionRoute.OwnHelp && s.Weighed.Any(w => w.Flag == Flag.Black)
                ? [Refuse("$.decision.route", "sexting.decide.blackNeedsOthers")] : []),
        new("sexting.decide.noPublicity", SextingTrigger.Decided, s =>
            Measures(s).Where(x => x.Measure.Kind == MeasureKind.Publicity)
                .Select(x => Refuse($"$.decision.measures[{x.Index.ToString(CultureInfo.InvariantCulture)}].kind", "sexting.decide.noPublicity"))),
        new("sexting.decide.neverBlamePortrayed", SextingTrigger.Decided, s =>
            Measures(s).Where(x => x.Measure.Kind == MeasureKind.Consequence && IsOnlyPortrayed(s, x.Measure.PersonId))
                .Select(x => Refuse($"$.decision.measures[{x.Index.ToString(CultureInfo.InvariantCulture)}].personId", "sexting.decide.neverBlamePortrayed", x.Measure.PersonId))),
        new("sexting.followUp.portrayedCheckedIn", SextingTrigger.FollowedUp, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !s.CheckedIn.Contains(p.Id))
                .Select(p => Refuse("$.checkedIn", "sexting.followUp.portrayedCheckedIn", p.Id))),
        new("sexting.images.policeSaidKeep", SextingTrigger.ImagesDeleted, s =>
            s.PoliceAdvice == PoliceAdvice.Keep ? [Refuse("$.policeAdvice", "sexting.images.policeSaidKeep")] : []),
        new("sexting.images.askPoliceFirst", SextingTrigger.ImagesDeleted, s =>
            s.PoliceAdvice is null && s.CriminalCasePossible != false ? [Refuse("$.policeAdvice", "sexting.images.askPoliceFirst")] : []),
        // "Neem je best contact op": advice, not a gate. The route goes on and the state records what was skipped.
        new("sexting.flanders.consult.clb", SextingTrigger.Consulted, s =>
            s.Consulted.Contains(ConsultedParty.Clb) ? [] : [Refuse("$.consulted", "sexting.flanders.consult.clb")], Jurisdiction.Flanders, advisory: true),
        new("sexting.flanders.consult.childFocusForMinor", SextingTrigger.Consulted, s =>
            s.Participants.Any(p => p.IsMinor) && !s.Consulted.Contains(ConsultedParty.ChildFocus)
                ? [Refuse("$.consulted", "sexting.flanders.consult.childFocusForMinor")] : [], Jurisdiction.Flanders, advisory: true),
        // The talk on what is and is not okay is for those who passed images on; the pupil in the image gets support.
        new("sexting.flanders.talk.distributors", SextingTrigger.YoungPeopleHeard, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && !s.Conversations.Any(x => x.PersonId == p.Id))
                .Select(p => Refuse("$.conversations", "sexting.flanders.talk.distributors", p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.talk.portrayedSupported", SextingTrigger.YoungPeopleHeard, s =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !p.Has(ParticipantRole.Distributor) && !s.Conversations.Any(x => x.PersonId == p.Id))
                .Select(p => Refuse("$.conversations", "sexting.flanders.talk.portrayedSupported", p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.decide.helpOffered", SextingTrigger.Decided, s =>
            s.Participants.Where(p => !Measures(s).Any(x => x.Measure.Kind == MeasureKind.Support && x.Measure.PersonId == p.Id))
                .Select(p => Refuse("$.decision.measures", "sexting.flanders.decide.helpOffered", p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.decide.communicationAgreements", SextingTrigger.Decided, s =>
            Measures(s).Any(x => x.Measure.Kind == MeasureKind.CommunicationAgreements)
                ? [] : [Refuse("$.decision.measures", "sexting.flanders.decide.communicationAgreements")], Jurisdiction.Flanders),
    ];

    /// <summary>Gets the rules that guard a trigger on a route (advice excluded: it never stops the route).</summary>
    public static IEnumerable<SextingRule> For(Jurisdiction jurisdiction, SextingTrigger trigger) =>
        All.Where(rule => rule.Trigger == trigger && rule.AppliesIn(jurisdiction) && !rule.Advisory);

    /// <summary>Gets the advice of a trigger on a route: followed or recorded as skipped.</summary>
    public static IEnumerable<SextingRule> Advice(Jurisdiction jurisdiction, SextingTrigger trigger) =>
        All.Where(rule => rule.Trigger == trigger && rule.AppliesIn(jurisdiction) && rule.Advisory);

    /// <summary>Gets the ids of every advisory rule: the values a state's <c>skippedAdvice</c> may hold.</summary>
    public static IReadOnlySet<string> AdviceIds { get; } = All.Where(rule => rule.Advisory).Select(rule => rule.Id).ToHashSet(StringComparer.Ordinal);

    private static bool HeardAlone(SextingIncidentState state, string id) =>
        state.Conversations.Any(conversation => conversation.PersonId == id && conversation.Alone);

    private static bool IsOnlyPortrayed(SextingIncidentState state, string? id) =>
        state.Participants.FirstOrDefault(p => p.Id == id) is { } person
        && person.Has(ParticipantRole.Portrayed) && !person.Has(ParticipantRole.Distributor);

    private static IEnumerable<(Measure Measure, int Index)> Measures(SextingIncidentState state) =>
        (state.Decision?.Measures ?? []).Select((measure, index) => (measure, index));

    private static ValidationError Refuse(string path, string id, params object?[] args) =>
        ProcedureTexts.Error(path, id, "refusal." + id, args);
}
