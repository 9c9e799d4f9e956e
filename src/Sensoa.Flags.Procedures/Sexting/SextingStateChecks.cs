using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Checks the parts of a state that every step relies on: the case id, the participants, and that every id used names one.</summary>
internal static class SextingStateChecks
{
    public static void CaseId(string caseId, List<ValidationError> errors) => Id(caseId, "$.caseId", errors);

    /// <summary>
    /// An id as the core checks one: not empty, not too long, no control characters or unpaired surrogates (an id is printed
    /// on terminals and in reports, and an incident with such an id would never pass <c>weigh</c>).
    /// </summary>
    public static bool Id(string? id, string path, List<ValidationError> errors)
    {
        var collector = new ErrorCollector();
        if (Validation.Ids.Check(id, path, collector))
        {
            return true;
        }

        errors.AddRange(collector.ToList());
        return false;
    }

    public static void Participants(IReadOnlyList<Participant> participants, List<ValidationError> errors)
    {
        if (participants.Count > Limits.MaxPeople)
        {
            errors.Add(new("$.participants", ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"{participants.Count} participants; the limit is {Limits.MaxPeople}")));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < participants.Count; index++)
        {
            var at = JsonPaths.Index("$.participants", index);
            var participant = participants[index];
            if (participant is null)
            {
                errors.Add(new(at, ValidationCodes.Required, "required"));
                continue;
            }

            if (Id(participant.Id, at + ".id", errors) && !seen.Add(participant.Id))
            {
                errors.Add(new(at + ".id", ValidationCodes.DuplicateId, "this id is used by an earlier participant"));
            }

            if (!(participant.AgeYears >= 0 && participant.AgeYears <= Limits.MaxYears))
            {
                errors.Add(new(at + ".ageYears", ValidationCodes.OutOfRange, string.Create(CultureInfo.InvariantCulture, $"must be from 0 to {Limits.MaxYears}")));
            }

            if (participant.Roles is null || participant.Roles.Count == 0)
            {
                errors.Add(new(at + ".roles", ValidationCodes.Required, "at least one role: portrayed, distributor or recipient"));
            }
            else if (participant.Roles.Distinct().Count() != participant.Roles.Count)
            {
                errors.Add(new(at + ".roles", ValidationCodes.Invalid, "a role is given twice"));
            }
        }

        if (!participants.Any(p => p?.Roles?.Contains(ParticipantRole.Portrayed) == true))
        {
            errors.Add(new("$.participants", ValidationCodes.Invalid, "at least one participant must be the person portrayed"));
        }
    }

    /// <summary>Every id in a list must name a participant; the path of each dangling one is reported.</summary>
    public static void Ids(SextingIncidentState state, IReadOnlyList<string> ids, string path, List<ValidationError> errors)
    {
        for (var index = 0; index < ids.Count; index++)
        {
            Id(state, ids[index], JsonPaths.Index(path, index), errors);
        }
    }

    public static void Id(SextingIncidentState state, string? id, string path, List<ValidationError> errors)
    {
        if (!state.Participants.Any(p => p.Id == id))
        {
            errors.Add(new(path, ValidationCodes.DanglingId, "names no participant of the incident"));
        }
    }

    /// <summary>Who may be consulted on each route: the Netherlands' care structure is not Flanders', nor the CLB the Netherlands'.</summary>
    public static IReadOnlyList<ConsultedParty> ConsultablePartiesOf(Jurisdiction jurisdiction) => jurisdiction == Jurisdiction.Flanders
        ? [ConsultedParty.Clb, ConsultedParty.ChildFocus, ConsultedParty.Igvm, ConsultedParty.Colleague, ConsultedParty.Expert]
        : [ConsultedParty.Colleague, ConsultedParty.CareStructure, ConsultedParty.Expert];

    public static void Consulted(Jurisdiction jurisdiction, IReadOnlyList<ConsultedParty> consulted, string path, List<ValidationError> errors)
    {
        var allowed = ConsultablePartiesOf(jurisdiction);
        for (var index = 0; index < consulted.Count; index++)
        {
            if (!allowed.Contains(consulted[index]))
            {
                errors.Add(new(JsonPaths.Index(path, index), ValidationCodes.Invalid, string.Create(
                    CultureInfo.InvariantCulture,
                    $"not on the {EnumNames<Jurisdiction>.Name(jurisdiction)} route; expected one of {string.Join(", ", allowed.Select(EnumNames<ConsultedParty>.Name))}")));
            }
        }
    }

    /// <summary>The step must be one of the route's: a Flemish state cannot be in the Netherlands' step of hearing the parents.</summary>
    public static void Step(SextingIncidentState state, List<ValidationError> errors)
    {
        if (!SextingTransitions.Steps(state.Jurisdiction).Contains(state.Step))
        {
            errors.Add(new("$.step", ValidationCodes.Invalid, string.Create(
                CultureInfo.InvariantCulture,
                $"not a step of the {EnumNames<Jurisdiction>.Name(state.Jurisdiction)} route; its steps: {string.Join(", ", SextingTransitions.Steps(state.Jurisdiction).Select(EnumNames<SextingStep>.Name))}")));
        }
    }

    /// <param name="state">The state read.</param>
    /// <param name="errors">Where errors go.</param>
    /// <param name="sameJurisdiction">Whether the weighed incident must be of the state's jurisdiction (not for a version-1 file, which had none).</param>
    public static void References(SextingIncidentState state, List<ValidationError> errors, bool sameJurisdiction = true)
    {
        Step(state, errors);
        Consulted(state.Jurisdiction, state.Consulted, "$.consulted", errors);
        for (var index = 0; index < state.Conversations.Count; index++)
        {
            Id(state, state.Conversations[index].PersonId, JsonPaths.Index("$.conversations", index) + ".personId", errors);
        }

        Ids(state, state.ParentContacts, "$.parentContacts", errors);
        Ids(state, state.CheckedIn, "$.checkedIn", errors);
        for (var index = 0; index < state.SkippedAdvice.Count; index++)
        {
            if (!SextingRules.AdviceIds.Contains(state.SkippedAdvice[index]))
            {
                errors.Add(new ValidationError(JsonPaths.Index("$.skippedAdvice", index), ValidationCodes.UnknownValue, "expected the id of an advice the route may go on without: " + string.Join(", ", SextingRules.AdviceIds.Order(StringComparer.Ordinal))));
            }
        }

        Measures(state, state.Decision, "$.decision", errors);
        if (state.Incident is not null)
        {
            Incident(state, state.Incident, "$.incident", errors, sameJurisdiction);
        }
    }

    public static void Measures(SextingIncidentState state, Decision? decision, string path, List<ValidationError> errors)
    {
        var measures = decision?.Measures ?? [];
        for (var index = 0; index < measures.Count; index++)
        {
            var measure = measures[index];
            var at = JsonPaths.Index(path + ".measures", index) + ".personId";
            if (measure.PersonId is not null)
            {
                Id(state, measure.PersonId, at, errors);
            }
            else if (measure.Kind is MeasureKind.Support or MeasureKind.Consequence)
            {
                errors.Add(new(at, ValidationCodes.Required, "support and consequences are for one participant: name them"));
            }
        }
    }

    /// <summary>The weighed incident must be a sexting incident about the same people, at the same ages.</summary>
    public static void Incident(SextingIncidentState state, Incident incident, string path, List<ValidationError> errors, bool sameJurisdiction)
    {
        if (sameJurisdiction && incident.Jurisdiction != state.Jurisdiction)
        {
            errors.Add(new(path + ".jurisdiction", ValidationCodes.Invalid, string.Create(
                CultureInfo.InvariantCulture,
                $"must be {EnumNames<Jurisdiction>.Name(state.Jurisdiction)}, the jurisdiction of this workflow: the flags are weighed and routed where the incident is handled")));
        }

        if (!incident.InvolvesSexting)
        {
            errors.Add(new(path + ".involvesSexting", ValidationCodes.Invalid, "must be true: this is a sexting incident"));
        }

        for (var index = 0; index < incident.People.Count; index++)
        {
            var person = incident.People[index];
            var at = JsonPaths.Index(path + ".people", index);
            var participant = state.Participants.FirstOrDefault(p => p.Id == person.Id);
            if (participant is null)
            {
                errors.Add(new(at + ".id", ValidationCodes.DanglingId, "names no participant of the incident"));
            }
            else if (participant.AgeYears != person.AgeYears)
            {
                errors.Add(new(at + ".ageYears", ValidationCodes.Invalid, "differs from the participant's age"));
            }
        }
    }
}
