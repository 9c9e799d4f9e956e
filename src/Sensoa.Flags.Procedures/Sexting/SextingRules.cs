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
        new("sexting.consult.colleagueOrCareStructure", SextingTrigger.Consulted, (s, c) =>
            s.Consulted.Contains(ConsultedParty.Colleague) || s.Consulted.Contains(ConsultedParty.CareStructure)
                ? [] : [Refuse("$.consulted", "sexting.consult.colleagueOrCareStructure", c)], Jurisdiction.Netherlands),
        new("sexting.talk.portrayedAlone", SextingTrigger.YoungPeopleHeard, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !HeardAlone(s, p.Id))
                .Select(p => Refuse("$.conversations", "sexting.talk.portrayedAlone", c, p.Id)), Jurisdiction.Netherlands),
        new("sexting.talk.distributorsSeparately", SextingTrigger.YoungPeopleHeard, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && !p.Has(ParticipantRole.Portrayed) && !HeardAlone(s, p.Id))
                .Select(p => Refuse("$.conversations", "sexting.talk.distributorsSeparately", c, p.Id)), Jurisdiction.Netherlands),
        new("sexting.parents.everyMinor", SextingTrigger.ParentsHeard, (s, c) =>
            s.Participants.Where(p => p.IsMinor && !s.ParentContacts.Contains(p.Id))
                .Select(p => Refuse("$.parentContacts", "sexting.parents.everyMinor", c, p.Id)), Jurisdiction.Netherlands),
        new("sexting.weigh.everyDistributorWeighed", SextingTrigger.Weighed, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && s.Incident?.Behaviours.Any(b => b.ActorId == p.Id) != true)
                .Select(p => Refuse("$.incident.behaviours", "sexting.weigh.everyDistributorWeighed", c, p.Id))),
        new("sexting.weigh.everyBehaviourFlagged", SextingTrigger.Weighed, (s, c) =>
            s.Weighed.Select((w, i) => (w, i)).Where(x => x.w.Flag is null)
                .Select(x => Refuse($"$.incident.behaviours[{x.i.ToString(CultureInfo.InvariantCulture)}]", "sexting.weigh.everyBehaviourFlagged", c, x.w.BehaviourId))),
        new("sexting.decide.blackNeedsOthers", SextingTrigger.Decided, (s, c) =>
            s.Decision?.Route == DecisionRoute.OwnHelp && s.Weighed.Any(w => w.Flag == Flag.Black)
                ? [Refuse("$.decision.route", "sexting.decide.blackNeedsOthers", c)] : []),
        new("sexting.decide.noPublicity", SextingTrigger.Decided, (s, c) =>
            Measures(s).Where(x => x.Measure.Kind == MeasureKind.Publicity)
                .Select(x => Refuse($"$.decision.measures[{x.Index.ToString(CultureInfo.InvariantCulture)}].kind", "sexting.decide.noPublicity", c))),
        new("sexting.decide.neverBlamePortrayed", SextingTrigger.Decided, (s, c) =>
            Measures(s).Where(x => x.Measure.Kind == MeasureKind.Consequence && IsOnlyPortrayed(s, x.Measure.PersonId))
                .Select(x => Refuse($"$.decision.measures[{x.Index.ToString(CultureInfo.InvariantCulture)}].personId", "sexting.decide.neverBlamePortrayed", c, x.Measure.PersonId))),
        new("sexting.followUp.portrayedCheckedIn", SextingTrigger.FollowedUp, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !s.CheckedIn.Contains(p.Id))
                .Select(p => Refuse("$.checkedIn", "sexting.followUp.portrayedCheckedIn", c, p.Id))),
        new("sexting.images.policeSaidKeep", SextingTrigger.ImagesDeleted, (s, c) =>
            s.PoliceAdvice == PoliceAdvice.Keep ? [Refuse("$.policeAdvice", "sexting.images.policeSaidKeep", c)] : []),
        new("sexting.images.askPoliceFirst", SextingTrigger.ImagesDeleted, (s, c) =>
            s.PoliceAdvice is null && s.CriminalCasePossible != false ? [Refuse("$.policeAdvice", "sexting.images.askPoliceFirst", c)] : []),
        // "Neem je best contact op": advice, not a gate. The route goes on and the state records what was skipped.
        new("sexting.flanders.consult.clb", SextingTrigger.Consulted, (s, c) =>
            s.Consulted.Contains(ConsultedParty.Clb) ? [] : [Refuse("$.consulted", "sexting.flanders.consult.clb", c)], Jurisdiction.Flanders, advisory: true),
        new("sexting.flanders.consult.childFocusForMinor", SextingTrigger.Consulted, (s, c) =>
            s.Participants.Any(p => p.IsMinor) && !s.Consulted.Contains(ConsultedParty.ChildFocus)
                ? [Refuse("$.consulted", "sexting.flanders.consult.childFocusForMinor", c)] : [], Jurisdiction.Flanders, advisory: true),
        // The talk on what is and is not okay is for those who passed images on; the pupil in the image gets support.
        new("sexting.flanders.talk.distributors", SextingTrigger.YoungPeopleHeard, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Distributor) && !s.Conversations.Any(x => x.PersonId == p.Id))
                .Select(p => Refuse("$.conversations", "sexting.flanders.talk.distributors", c, p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.talk.portrayedSupported", SextingTrigger.YoungPeopleHeard, (s, c) =>
            s.Participants.Where(p => p.Has(ParticipantRole.Portrayed) && !p.Has(ParticipantRole.Distributor) && !s.Conversations.Any(x => x.PersonId == p.Id))
                .Select(p => Refuse("$.conversations", "sexting.flanders.talk.portrayedSupported", c, p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.decide.helpOffered", SextingTrigger.Decided, (s, c) =>
            s.Participants.Where(p => !Measures(s).Any(x => x.Measure.Kind == MeasureKind.Support && x.Measure.PersonId == p.Id))
                .Select(p => Refuse("$.decision.measures", "sexting.flanders.decide.helpOffered", c, p.Id)), Jurisdiction.Flanders),
        new("sexting.flanders.decide.communicationAgreements", SextingTrigger.Decided, (s, c) =>
            Measures(s).Any(x => x.Measure.Kind == MeasureKind.CommunicationAgreements)
                ? [] : [Refuse("$.decision.measures", "sexting.flanders.decide.communicationAgreements", c)], Jurisdiction.Flanders),
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

    private static Refusal Refuse(string path, string id, CultureInfo culture, params object?[] args) =>
        new(path, id, ProcedureTexts.Format("refusal." + id, culture, args));
}
