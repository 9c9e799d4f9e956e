namespace Sensoa.Flags;

/// <summary>
/// What a rule engine computed for one behaviour: the flags, the status and the rationale. <see cref="AssessmentBuilder"/>
/// adds what follows from them (the final flag, the registration, the responses and the referrals).
/// </summary>
public sealed record ComputedFlag
{
    /// <summary>Gets the flag the criteria give, before any aggravating factor; null when every criterion is unknown.</summary>
    public required Flag? CriteriaFlag { get; init; }

    /// <summary>Gets the flag the rules computed.</summary>
    public required Flag? Flag { get; init; }

    /// <summary>Gets whether the information was sufficient.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>Gets the rules that fired, in order, with their messages in the caller's language.</summary>
    public required IReadOnlyList<FiredRule> FiredRules { get; init; }

    /// <summary>Gets the factors for the professional to weigh, in order, in the caller's language.</summary>
    public required IReadOnlyList<Consideration> Considerations { get; init; }

    /// <summary>Gets the professional's override as checked by the rules; null when the behaviour has none.</summary>
    public OverrideOutcome? Override { get; init; }
}
