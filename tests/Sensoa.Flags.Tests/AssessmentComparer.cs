namespace Sensoa.Flags.Tests;

/// <summary>
/// Compares two assessments field by field, without serialising: cheap enough to compare every result of a concurrent run.
/// Tests that use it also compare a sample of results byte for byte, which catches any field added later.
/// </summary>
internal static class AssessmentComparer
{
    public static bool Same(Assessment expected, Assessment actual)
    {
        if (expected.RuleSetVersion != actual.RuleSetVersion
            || expected.Behaviours.Count != actual.Behaviours.Count
            || !expected.Referrals.SequenceEqual(actual.Referrals))
        {
            return false;
        }

        for (var i = 0; i < expected.Behaviours.Count; i++)
        {
            if (!Same(expected.Behaviours[i], actual.Behaviours[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Same(BehaviourAssessment a, BehaviourAssessment b) =>
        a.BehaviourId == b.BehaviourId
        && a.ActorId == b.ActorId
        && a.CriteriaFlag == b.CriteriaFlag
        && a.ComputedFlag == b.ComputedFlag
        && a.Flag == b.Flag
        && a.Status == b.Status
        && a.Registration == b.Registration
        && Equals(a.Override, b.Override)
        && a.UnknownCriteria.SequenceEqual(b.UnknownCriteria)
        && a.FiredRules.SequenceEqual(b.FiredRules)
        && a.Considerations.SequenceEqual(b.Considerations)
        && a.Responses.Count == b.Responses.Count
        && a.Responses.Zip(b.Responses).All(r => r.First.Role == r.Second.Role && r.First.Steps.SequenceEqual(r.Second.Steps));
}
