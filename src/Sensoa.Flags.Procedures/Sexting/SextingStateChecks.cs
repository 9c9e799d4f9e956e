using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Procedures.Localization;

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
            errors.Add(ProcedureTexts.Error("$.participants", ValidationCodes.TooLarge, "error.sexting.tooManyParticipants", participants.Count, Limits.MaxPeople));
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < participants.Count; index++)
        {
            var at = JsonPaths.Index("$.participants", index);
            var participant = participants[index];
            if (participant is null)
            {
                errors.Add(ProcedureTexts.Error(at, ValidationCodes.Required, "error.required"));
                continue;
            }

            if (Id(participant.Id, at + ".id", errors) && !seen.Add(participant.Id))
            {
                errors.Add(ProcedureTexts.Error(at + ".id", ValidationCodes.DuplicateId, "error.sexting.duplicateParticipant"));
            }

            if (!(participant.AgeYears >= 0 && participant.AgeYears <= Limits.MaxYears))
            {
                errors.Add(ProcedureTexts.Error(at + ".ageYears", ValidationCodes.OutOfRange, "error.range", 0, Limits.MaxYears));
            }

            if (participant.Roles is null || participant.Roles.Count == 0)
            {
                errors.Add(ProcedureTexts.Error(at + ".roles", ValidationCodes.Required, "error.sexting.roleRequired"));
            }
            else if (participant.Roles.Distinct().Count() != participant.Roles.Count)
            {
                errors.Add(ProcedureTexts.Error(at + ".roles", ValidationCodes.Invalid, "error.sexting.roleTwice"));
            }
        }

        if (!participants.Any(p => p?.Roles?.Contains(ParticipantRole.Portrayed) == true))
        {
            errors.Add(ProcedureTexts.Error("$.participants", ValidationCodes.Invalid, "error.sexting.portrayedRequired"));
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
            errors.Add(ProcedureTexts.Error(path, ValidationCodes.DanglingId, "error.sexting.noSuchParticipant"));
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
                errors.Add(ProcedureTexts.Error(JsonPaths.Index(path, index), ValidationCodes.Invalid, "error.sexting.notOnRoute",
                    EnumNames<Jurisdiction>.Name(jurisdiction), string.Join(", ", allowed.Select(EnumNames<ConsultedParty>.Name))));
            }
        }
    }

    /// <summary>The step must be one of the route's: a Flemish state cannot be in the Netherlands' step of hearing the parents.</summary>
    public static void Step(SextingIncidentState state, List<ValidationError> errors)
    {
        if (!SextingTransitions.Steps(state.Jurisdiction).Contains(state.Step))
        {
            errors.Add(ProcedureTexts.Error("$.step", ValidationCodes.Invalid, "error.sexting.notAStep",
                EnumNames<Jurisdiction>.Name(state.Jurisdiction), string.Join(", ", SextingTransitions.Steps(state.Jurisdiction).Select(EnumNames<SextingStep>.Name))));
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
                errors.Add(ProcedureTexts.Error(JsonPaths.Index("$.skippedAdvice", index), ValidationCodes.UnknownValue, "error.sexting.skippableAdvice", string.Join(", ", SextingRules.AdviceIds.Order(StringComparer.Ordinal))));
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
                errors.Add(ProcedureTexts.Error(at, ValidationCodes.Required, "error.sexting.measureNeedsPerson"));
            }
        }
    }

    /// <summary>The weighed incident must be a sexting incident about the same people, at the same ages.</summary>
    public static void Incident(SextingIncidentState state, Incident incident, string path, List<ValidationError> errors, bool sameJurisdiction)
    {
        if (sameJurisdiction && incident.Jurisdiction != state.Jurisdiction)
        {
            errors.Add(ProcedureTexts.Error(path + ".jurisdiction", ValidationCodes.Invalid, "error.sexting.sameJurisdiction", EnumNames<Jurisdiction>.Name(state.Jurisdiction)));
        }

        if (!incident.InvolvesSexting)
        {
            errors.Add(ProcedureTexts.Error(path + ".involvesSexting", ValidationCodes.Invalid, "error.sexting.involvesSexting"));
        }

        for (var index = 0; index < incident.People.Count; index++)
        {
            var person = incident.People[index];
            var at = JsonPaths.Index(path + ".people", index);
            var participant = state.Participants.FirstOrDefault(p => p.Id == person.Id);
            if (participant is null)
            {
                errors.Add(ProcedureTexts.Error(at + ".id", ValidationCodes.DanglingId, "error.sexting.noSuchParticipant"));
            }
            else if (participant.AgeYears != person.AgeYears)
            {
                errors.Add(ProcedureTexts.Error(at + ".ageYears", ValidationCodes.Invalid, "error.sexting.ageDiffers"));
            }
        }
    }
}
