namespace Sensoa.Flags;

/// <summary>The result of assessing one incident, as in the JSON contract.</summary>
public sealed record Assessment
{
    /// <summary>Gets the version of the rule set that produced it, so that it can be explained later.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>Gets one assessment per behaviour, in input order.</summary>
    public required IReadOnlyList<BehaviourAssessment> Behaviours { get; init; }

    /// <summary>Gets where to get advice, in the directory's fixed order; empty when everything is green and complete.</summary>
    public required IReadOnlyList<Referral> Referrals { get; init; }
}
