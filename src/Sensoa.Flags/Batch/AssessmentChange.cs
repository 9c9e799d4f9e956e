namespace Sensoa.Flags.Batch;

/// <summary>How today's assessment of an incident differs from the stored one.</summary>
public sealed record AssessmentChange
{
    /// <summary>Gets the rule-set version of the stored assessment.</summary>
    public required string OldRuleSetVersion { get; init; }

    /// <summary>Gets the rule-set version of today's assessment.</summary>
    public required string NewRuleSetVersion { get; init; }

    /// <summary>Gets whether an outcome changed (a flag, the status, the registration, the override or the referrals), not only the explanation.</summary>
    public required bool OutcomeChanged { get; init; }

    /// <summary>Gets the behaviours that changed, in the incident's order (then any only in the stored assessment).</summary>
    public required IReadOnlyList<BehaviourChange> Behaviours { get; init; }

    /// <summary>Gets the referral ids of the stored assessment, in its order.</summary>
    public required IReadOnlyList<string> OldReferrals { get; init; }

    /// <summary>Gets the referral ids of today's assessment, in the directory's order.</summary>
    public required IReadOnlyList<string> NewReferrals { get; init; }

    /// <summary>Gets every kind of change found, as counted in the summary (for example <c>flag yellow→red</c>).</summary>
    public required IReadOnlyList<string> Kinds { get; init; }
}
