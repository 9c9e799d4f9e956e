namespace Sensoa.Flags.Batch;

/// <summary>What the diff needs of a stored assessment, read tolerantly so that other rule-set versions can be compared.</summary>
internal sealed record StoredAssessment(string RuleSetVersion, IReadOnlyList<StoredBehaviour> Behaviours, IReadOnlyList<string> Referrals);

/// <summary>What the diff needs of one stored behaviour assessment; enum values kept as their contract names.</summary>
internal sealed record StoredBehaviour(
    string BehaviourId,
    string? Flag,
    string? ComputedFlag,
    string? Status,
    string? Registration,
    string? Override,
    IReadOnlyList<string> Rules,
    IReadOnlyList<string> Considerations);
