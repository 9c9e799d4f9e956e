namespace Sensoa.Flags;

/// <summary>The flag of one behaviour and how it came about.</summary>
public sealed record BehaviourAssessment
{
    /// <summary>Gets the id of the behaviour.</summary>
    public required string BehaviourId { get; init; }

    /// <summary>Gets the id of the person whose behaviour it is.</summary>
    public required string ActorId { get; init; }

    /// <summary>Gets the most severe known criterion, or null when all six are unknown.</summary>
    public required Flag? CriteriaFlag { get; init; }

    /// <summary>Gets the flag after the automatic rules, or null when all six are unknown.</summary>
    public required Flag? ComputedFlag { get; init; }

    /// <summary>Gets the final flag: an accepted override, else the computed flag.</summary>
    public required Flag? Flag { get; init; }

    /// <summary>Gets whether the flag is final on the information given.</summary>
    public required AssessmentStatus Status { get; init; }

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public required IReadOnlyList<Criterion> UnknownCriteria { get; init; }

    /// <summary>Gets the rules that fired, in order, with the flag before and after: the rationale.</summary>
    public required IReadOnlyList<FiredRule> FiredRules { get; init; }

    /// <summary>Gets the outcome of the professional's override, or null when none was given.</summary>
    public required OverrideOutcome? Override { get; init; }

    /// <summary>Gets factors the professional should weigh that the rules do not apply by themselves.</summary>
    public required IReadOnlyList<Consideration> Considerations { get; init; }

    /// <summary>Gets the advice on record keeping that follows from the final flag (never a legal duty).</summary>
    public required Registration Registration { get; init; }

    /// <summary>Gets how to react, per role.</summary>
    public required IReadOnlyList<Response> Responses { get; init; }
}
