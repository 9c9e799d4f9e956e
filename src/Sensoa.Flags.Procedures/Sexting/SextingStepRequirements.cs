using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// What a saved state must hold to be in its step, checked when it is loaded: a file edited by hand, or written by
/// something else, cannot put a case in a step the workflow would never have let it reach. Each forward trigger the
/// route has fired to get to the step must have recorded what it records (a state past <c>decide</c> holds a decision),
/// and its rules must hold on the state (the same <see cref="SextingRules"/> that guard the trigger: a decision past
/// <c>decide</c> holds no publicity); what a trigger not yet fired records must be absent (no decision before
/// <c>decide</c>). The rules of the two in-place triggers (asking the police, deleting images) are not checked here: they
/// may be fired in any order with the rest, so the state alone does not tell whether they held at the time.
/// All of the checks live here, so that a change of route or rule changes what is checked with it.
/// </summary>
internal static class SextingStepRequirements
{
    /// <summary>Adds an error, with the path of what is missing or forbidden, for every way the state could not be in its step.</summary>
    /// <param name="state">A state whose step is one of its route's (<see cref="SextingStateChecks.Step"/>).</param>
    /// <param name="errors">Where errors go.</param>
    public static void Check(SextingIncidentState state, List<ValidationError> errors)
    {
        var route = SextingTransitions.Forward(state.Jurisdiction);
        var steps = SextingTransitions.Steps(state.Jurisdiction);
        var at = IndexOf(steps, state.Step);
        if (at < 0)
        {
            return;
        }

        var step = EnumNames<SextingStep>.Name(state.Step);
        var fired = new HashSet<SextingTrigger>();
        for (var i = 0; i < route.Length; i++)
        {
            if (i < at)
            {
                fired.Add(route[i].Trigger);
            }
        }

        foreach (var (_, trigger, _) in route)
        {
            var name = EnumNames<SextingTrigger>.Name(trigger);
            if (fired.Contains(trigger))
            {
                Recorded(state, trigger, step, name, errors);
                foreach (var rule in SextingRules.For(state.Jurisdiction, trigger))
                {
                    foreach (var reason in rule.Reasons(state))
                    {
                        errors.Add(ProcedureTexts.Error(reason.Path, ValidationCodes.Invalid, "error.sexting.passedRuleBroken", step, name, reason.Code, reason));
                    }
                }
            }
            else
            {
                NotYetRecorded(state, trigger, step, name, errors);
            }
        }

        // The parents are heard on the Netherlands' route only.
        if (!route.Any(t => t.Trigger == SextingTrigger.ParentsHeard) && state.ParentContacts.Count > 0)
        {
            errors.Add(ProcedureTexts.Error("$.parentContacts", ValidationCodes.Invalid, "error.sexting.noParentsStep", EnumNames<Jurisdiction>.Name(state.Jurisdiction)));
        }
    }

    /// <summary>What a fired trigger always leaves in the state.</summary>
    private static void Recorded(SextingIncidentState state, SextingTrigger trigger, string step, string name, List<ValidationError> errors)
    {
        void Missing(string path) => errors.Add(ProcedureTexts.Error(path, ValidationCodes.Required, "error.sexting.passedRecordsThis", step, name));

        switch (trigger)
        {
            // Who was consulted, who was heard and who was checked in with: the trigger's rules say what each must hold.
            case SextingTrigger.Weighed:
                if (state.Incident is null)
                {
                    Missing("$.incident");
                }

                if (state.RuleSetVersion is null)
                {
                    Missing("$.ruleSetVersion");
                }

                if (state.CriminalCasePossible is null)
                {
                    Missing("$.criminalCasePossible");
                }

                if (state.Incident is { } incident && !state.Weighed.Select(w => w.BehaviourId).SequenceEqual(incident.Behaviours.Select(b => b.Id), StringComparer.Ordinal))
                {
                    errors.Add(ProcedureTexts.Error("$.weighed", ValidationCodes.Invalid, "error.sexting.flagPerBehaviour"));
                }

                break;
            case SextingTrigger.Decided when state.Decision is null:
                Missing("$.decision");
                break;
        }
    }

    /// <summary>What a trigger not yet fired cannot have left in the state.</summary>
    private static void NotYetRecorded(SextingIncidentState state, SextingTrigger trigger, string step, string name, List<ValidationError> errors)
    {
        void Forbidden(string path) => errors.Add(ProcedureTexts.Error(path, ValidationCodes.Invalid, "error.sexting.notPassedYet", name, step));

        switch (trigger)
        {
            case SextingTrigger.Consulted when state.Consulted.Count > 0:
                Forbidden("$.consulted");
                break;
            case SextingTrigger.YoungPeopleHeard when state.Conversations.Count > 0:
                Forbidden("$.conversations");
                break;
            case SextingTrigger.ParentsHeard when state.ParentContacts.Count > 0:
                Forbidden("$.parentContacts");
                break;
            case SextingTrigger.Weighed:
                if (state.Incident is not null)
                {
                    Forbidden("$.incident");
                }

                if (state.RuleSetVersion is not null)
                {
                    Forbidden("$.ruleSetVersion");
                }

                if (state.Weighed.Count > 0)
                {
                    Forbidden("$.weighed");
                }

                if (state.CriminalCasePossible is not null)
                {
                    Forbidden("$.criminalCasePossible");
                }

                break;
            case SextingTrigger.Decided when state.Decision is not null:
                Forbidden("$.decision");
                break;
            case SextingTrigger.FollowedUp when state.CheckedIn.Count > 0:
                Forbidden("$.checkedIn");
                break;
        }
    }

    private static int IndexOf(IReadOnlyList<SextingStep> steps, SextingStep step)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] == step)
            {
                return i;
            }
        }

        return -1;
    }
}
