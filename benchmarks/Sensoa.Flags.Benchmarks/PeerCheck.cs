namespace Sensoa.Flags.Benchmarks;

/// <summary>Keeps the comparison honest: all three implementations must give the same flags, statuses and rule ids.</summary>
public static class PeerCheck
{
    /// <summary>
    /// The rule and consideration ids of the Sensoa rule set, all of which the fixed set must make fire
    /// (<c>organisation.concern</c> only fires with an organisation's rules, and the <c>history.*</c> rules only with a
    /// case file's history, which no peer has; <c>HistoryJoin</c> measures those).
    /// </summary>
    private static readonly string[] AllRuleIds =
    [
        "criteria.mostSevere", "repetition.yellowToRed", "repetition.redToBlack", "knownBoundary.redToBlack",
        "criteria.unknown", "flag.ceiling", "intimacy.handsOn", "intimacy.handsOff", "awareness.atTheTime",
        "sexting.distribution",
    ];

    public static void AssertSameFlags(IFlagAssessor assessor, RulesEnginePeer rulesEngine, IReadOnlyList<Incident> incidents)
    {
        var ours = new List<string>();
        var handCoded = new List<string>();
        var microsoft = new List<string>();
        var fired = new HashSet<string>(StringComparer.Ordinal);
        foreach (var incident in incidents)
        {
            var result = assessor.Assess(incident);
            if (!result.IsValid)
            {
                throw new InvalidOperationException("The fixed set is invalid: " + string.Join("; ", result.Errors.Select(e => e.Path + ": " + e.Message)));
            }

            foreach (var behaviour in result.Assessment.Behaviours)
            {
                ours.Add(PeerOutcome.Describe(behaviour));
                fired.UnionWith(behaviour.FiredRules.Select(r => r.Id));
                fired.UnionWith(behaviour.Considerations.Select(c => c.Id));
            }

            handCoded.AddRange(HandCodedAssessor.Assess(incident).Select(o => o.ToString()));
            microsoft.AddRange(rulesEngine.Assess(incident).Select(o => o.ToString()));
        }

        Compare("HandCoded", ours, handCoded);
        Compare("MicrosoftRulesEngine", ours, microsoft);
        if (ours.Count != FixedSet.BehaviourCount)
        {
            throw new InvalidOperationException($"The fixed set has {ours.Count} behaviours; FixedSet.BehaviourCount says {FixedSet.BehaviourCount}.");
        }

        var missing = AllRuleIds.Where(id => !fired.Contains(id)).ToArray();
        if (missing.Length > 0)
        {
            throw new InvalidOperationException("The fixed set does not make every rule fire; missing: " + string.Join(", ", missing));
        }
    }

    private static void Compare(string peer, List<string> ours, List<string> theirs)
    {
        for (var i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            var a = i < ours.Count ? ours[i] : "(nothing)";
            var b = i < theirs.Count ? theirs[i] : "(nothing)";
            if (a != b)
            {
                throw new InvalidOperationException($"{peer} differs from SensoaFlags at behaviour {i}:\n  ours:   {a}\n  theirs: {b}");
            }
        }
    }
}
