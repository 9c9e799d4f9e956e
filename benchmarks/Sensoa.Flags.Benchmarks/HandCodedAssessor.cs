namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// The floor: the Sensoa rules (docs/method.md, "From criteria to a flag") as plain <c>if</c> statements, in agenda order, with no engine, no
/// validation and no messages. It records the same rule ids and flags as the engine, so the comparison is like for like.
/// </summary>
public static class HandCodedAssessor
{
    public static PeerOutcome[] Assess(Incident incident)
    {
        var outcomes = new PeerOutcome[incident.Behaviours.Count];
        for (var i = 0; i < outcomes.Length; i++)
        {
            outcomes[i] = Assess(incident, incident.Behaviours[i]);
        }

        return outcomes;
    }

    private static PeerOutcome Assess(Incident incident, Behaviour behaviour)
    {
        var c = behaviour.Criteria;
        var outcome = new PeerOutcome(behaviour.Id);

        var unknown = 0;
        var max = -1;
        Rate(c.Consent, ref max, ref unknown);
        Rate(c.Voluntariness, ref max, ref unknown);
        Rate(c.Equality, ref max, ref unknown);
        Rate(c.Development, ref max, ref unknown);
        Rate(c.Context, ref max, ref unknown);
        Rate(c.Impact, ref max, ref unknown);

        Flag? flag = null;
        var repetitionApplied = false;
        var knownBoundaryApplied = false;
        if (unknown < 6)
        {
            flag = (Flag)max;
            outcome.CriteriaFlag = flag;
            outcome.FiredRules.Add("criteria.mostSevere");
        }

        if (behaviour.DistributesImages)
        {
            outcome.Considerations.Add("sexting.distribution");
            if (flag == Flag.Green)
            {
                flag = Flag.Yellow;
                outcome.FiredRules.Add("sexting.distribution");
            }
        }

        var repeated = behaviour.Repeated;
        if (flag == Flag.Yellow && repeated)
        {
            flag = Flag.Red;
            repetitionApplied = true;
            outcome.FiredRules.Add("repetition.yellowToRed");
        }
        else if (flag == Flag.Red && repeated)
        {
            flag = Flag.Black;
            repetitionApplied = true;
            outcome.FiredRules.Add("repetition.redToBlack");
        }

        if (flag == Flag.Red && behaviour.PriorSeriousAddressed)
        {
            flag = Flag.Black;
            knownBoundaryApplied = true;
            outcome.FiredRules.Add("knownBoundary.redToBlack");
        }

        outcome.Status = unknown > 0 && flag != Flag.Black ? AssessmentStatus.InsufficientInformation : AssessmentStatus.Complete;
        if (unknown > 0)
        {
            outcome.FiredRules.Add("criteria.unknown");
        }

        if (flag == Flag.Black
            && ((repeated && !repetitionApplied) || (behaviour.PriorSeriousAddressed && !knownBoundaryApplied)))
        {
            outcome.FiredRules.Add("flag.ceiling");
        }

        outcome.ComputedFlag = flag;
        if (behaviour.Intimacy == Intimacy.HandsOn)
        {
            outcome.Considerations.Add("intimacy.handsOn");
        }
        else if (behaviour.Intimacy == Intimacy.HandsOff)
        {
            outcome.Considerations.Add("intimacy.handsOff");
        }

        if (behaviour.AwareAtTheTime)
        {
            outcome.Considerations.Add("awareness.atTheTime");
        }

        return outcome;
    }

    private static void Rate(CriterionRating rating, ref int max, ref int unknown)
    {
        if (rating == CriterionRating.Unknown)
        {
            unknown++;
        }
        else if ((int)rating > max)
        {
            max = (int)rating;
        }
    }
}
