using Sensoa.Flags.Json;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Compares a stored assessment with today's: per behaviour (matched by id) the flags, status, registration, the
/// override's fate, the rules fired and the considerations; per incident the referral ids. Messages and response texts
/// are not compared: they are for people and may change between versions without changing an outcome.
/// </summary>
internal static class AssessmentDiff
{
    public const string None = "none";

    public static AssessmentChange? Compare(StoredAssessment stored, Assessment today)
    {
        var kinds = new List<string>();
        var behaviours = new List<BehaviourChange>();
        var outcome = false;
        var storedById = new Dictionary<string, StoredBehaviour>(StringComparer.Ordinal);
        foreach (var behaviour in stored.Behaviours)
        {
            storedById.TryAdd(behaviour.BehaviourId, behaviour);
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var now in today.Behaviours)
        {
            seen.Add(now.BehaviourId);
            storedById.TryGetValue(now.BehaviourId, out var then);
            if (Compare(now.BehaviourId, then, Today(now), kinds, ref outcome) is { } change)
            {
                behaviours.Add(change);
            }
        }

        foreach (var then in stored.Behaviours)
        {
            if (seen.Add(then.BehaviourId) && Compare(then.BehaviourId, then, null, kinds, ref outcome) is { } change)
            {
                behaviours.Add(change);
            }
        }

        var newReferrals = today.Referrals.Select(r => r.Id).ToArray();
        foreach (var id in newReferrals.Except(stored.Referrals, StringComparer.Ordinal))
        {
            kinds.Add($"referral added: {id}");
            outcome = true;
        }

        foreach (var id in stored.Referrals.Except(newReferrals, StringComparer.Ordinal))
        {
            kinds.Add($"referral removed: {id}");
            outcome = true;
        }

        if (kinds.Count == 0)
        {
            return null;
        }

        return new AssessmentChange
        {
            OldRuleSetVersion = stored.RuleSetVersion,
            NewRuleSetVersion = today.RuleSetVersion,
            OutcomeChanged = outcome,
            Behaviours = behaviours,
            OldReferrals = stored.Referrals,
            NewReferrals = newReferrals,
            Kinds = kinds,
        };
    }

    private static StoredBehaviour Today(BehaviourAssessment now) => new(
        now.BehaviourId,
        Name(now.Flag),
        Name(now.ComputedFlag),
        EnumNames<AssessmentStatus>.Name(now.Status),
        EnumNames<Registration>.Name(now.Registration),
        now.Override is null ? null : !now.Override.Accepted ? "refused" : now.Override.Warning is null ? "accepted" : "acceptedWithWarning",
        now.FiredRules.Select(r => r.Id).ToArray(),
        now.Considerations.Select(c => c.Id).ToArray());

    private static string? Name(Flag? flag) => flag is { } value ? EnumNames<Flag>.Name(value) : null;

    private static BehaviourChange? Compare(string id, StoredBehaviour? then, StoredBehaviour? now, List<string> kinds, ref bool outcome)
    {
        var before = kinds.Count;
        if (then is null || now is null)
        {
            kinds.Add(then is null ? "behaviour not in the stored assessment" : "behaviour no longer in the incident");
            outcome = true;
        }
        else
        {
            outcome |= Value(kinds, "flag", then.Flag, now.Flag);
            outcome |= Value(kinds, "computedFlag", then.ComputedFlag, now.ComputedFlag);
            outcome |= Value(kinds, "status", then.Status, now.Status);
            outcome |= Value(kinds, "registration", then.Registration, now.Registration);
            outcome |= Override(kinds, then.Override, now.Override);
            Ids(kinds, "rule no longer fires", then.Rules, now.Rules);
            Ids(kinds, "rule now fires", now.Rules, then.Rules);
            Ids(kinds, "consideration gone", then.Considerations, now.Considerations);
            Ids(kinds, "consideration new", now.Considerations, then.Considerations);
        }

        if (kinds.Count == before)
        {
            return null;
        }

        return new BehaviourChange
        {
            BehaviourId = id,
            OldFlag = then?.Flag,
            NewFlag = now?.Flag,
            OldComputedFlag = then?.ComputedFlag,
            NewComputedFlag = now?.ComputedFlag,
            OldStatus = then?.Status,
            NewStatus = now?.Status,
            OldRegistration = then?.Registration,
            NewRegistration = now?.Registration,
            OldOverride = then?.Override,
            NewOverride = now?.Override,
            RulesNoLongerFired = Except(then?.Rules, now?.Rules),
            RulesNewlyFired = Except(now?.Rules, then?.Rules),
            ConsiderationsGone = Except(then?.Considerations, now?.Considerations),
            ConsiderationsNew = Except(now?.Considerations, then?.Considerations),
        };
    }

    private static bool Value(List<string> kinds, string what, string? then, string? now)
    {
        if (string.Equals(then, now, StringComparison.Ordinal))
        {
            return false;
        }

        kinds.Add($"{what} {then ?? None}→{now ?? None}");
        return true;
    }

    private static bool Override(List<string> kinds, string? then, string? now)
    {
        if (string.Equals(then, now, StringComparison.Ordinal))
        {
            return false;
        }

        kinds.Add((then, now) switch
        {
            ("accepted", "refused") => "override now refused",
            ("refused", "accepted") => "override now accepted",
            ("accepted", "acceptedWithWarning") => "override now warned",
            ("refused", "acceptedWithWarning") => "override now accepted with a warning",
            _ => $"override {then ?? None}→{now ?? None}",
        });
        return true;
    }

    private static void Ids(List<string> kinds, string what, IReadOnlyList<string> these, IReadOnlyList<string> others)
    {
        foreach (var id in these.Except(others, StringComparer.Ordinal))
        {
            kinds.Add($"{what}: {id}");
        }
    }

    private static string[] Except(IReadOnlyList<string>? these, IReadOnlyList<string>? others) =>
        these is null ? [] : others is null ? [.. these] : [.. these.Except(others, StringComparer.Ordinal)];
}
