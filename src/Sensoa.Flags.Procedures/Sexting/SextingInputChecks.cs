using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Checks a trigger's input: only its own fields, all of them given, and every id naming a participant.</summary>
internal static class SextingInputChecks
{
    private static readonly Dictionary<SextingTrigger, JsonFieldSet> FieldSets =
        Enum.GetValues<SextingTrigger>().ToDictionary(t => t, t => new JsonFieldSet(FieldsFor(t)));

    /// <summary>The names a trigger's input allows, for the shared JSON reader.</summary>
    public static JsonFieldSet FieldSetFor(SextingTrigger trigger) => FieldSets[trigger];

    public static IReadOnlyList<string> FieldsFor(SextingTrigger trigger) => trigger switch
    {
        SextingTrigger.Consulted => ["consulted"],
        SextingTrigger.YoungPeopleHeard => ["conversations"],
        SextingTrigger.ParentsHeard => ["parentContacts"],
        SextingTrigger.Weighed => ["incident", "criminalCasePossible"],
        SextingTrigger.Decided => ["decision"],
        SextingTrigger.FollowedUp => ["checkedIn"],
        SextingTrigger.PoliceAsked => ["policeAdvice"],
        _ => [],
    };

    public static List<ValidationError> Check(SextingIncidentState state, SextingTrigger trigger, SextingInput input)
    {
        var errors = new List<ValidationError>();
        var allowed = FieldsFor(trigger);
        var name = EnumNames<SextingTrigger>.Name(trigger);
        foreach (var (field, present) in Present(input))
        {
            if (present && !allowed.Contains(field))
            {
                errors.Add(allowed.Count == 0
                    ? ProcedureTexts.Error("$." + field, ValidationCodes.UnknownProperty, "error.sexting.readsNothing", name)
                    : ProcedureTexts.Error("$." + field, ValidationCodes.UnknownProperty, "error.sexting.notRead", name, string.Join(", ", allowed)));
            }
            else if (!present && allowed.Contains(field))
            {
                errors.Add(ProcedureTexts.Error("$." + field, ValidationCodes.Required, "error.required"));
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        switch (trigger)
        {
            case SextingTrigger.YoungPeopleHeard:
                for (var index = 0; index < input.Conversations!.Count; index++)
                {
                    SextingStateChecks.Id(state, input.Conversations[index]?.PersonId, JsonPaths.Index("$.conversations", index) + ".personId", errors);
                }

                break;
            case SextingTrigger.ParentsHeard:
                SextingStateChecks.Ids(state, input.ParentContacts!, "$.parentContacts", errors);
                break;
            case SextingTrigger.FollowedUp:
                SextingStateChecks.Ids(state, input.CheckedIn!, "$.checkedIn", errors);
                break;
            case SextingTrigger.Decided:
                SextingStateChecks.Measures(state, input.Decision, "$.decision", errors);
                break;
            case SextingTrigger.Weighed:
                SextingStateChecks.Incident(state, input.Incident!, "$.incident", errors, sameJurisdiction: true);
                break;
            case SextingTrigger.Consulted:
                SextingStateChecks.Consulted(state.Jurisdiction, input.Consulted!, "$.consulted", errors);
                break;
        }

        return errors;
    }

    private static IEnumerable<(string Field, bool Present)> Present(SextingInput input) =>
    [
        ("consulted", input.Consulted is not null),
        ("conversations", input.Conversations is not null),
        ("parentContacts", input.ParentContacts is not null),
        ("incident", input.Incident is not null),
        ("criminalCasePossible", input.CriminalCasePossible is not null),
        ("decision", input.Decision is not null),
        ("checkedIn", input.CheckedIn is not null),
        ("policeAdvice", input.PoliceAdvice is not null),
    ];
}
