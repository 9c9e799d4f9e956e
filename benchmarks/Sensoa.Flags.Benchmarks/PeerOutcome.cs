namespace Sensoa.Flags.Benchmarks;

/// <summary>
/// What the peers (hand-coded, Microsoft RulesEngine) produce per behaviour: the flags, the status and the ids of the
/// rules that fired, in order. Ours is compared on the same fields, so every peer is checked to give the same answers.
/// </summary>
public sealed class PeerOutcome
{
    public PeerOutcome(string behaviourId)
    {
        BehaviourId = behaviourId;
    }

    public string BehaviourId { get; }

    public Flag? CriteriaFlag { get; set; }

    public Flag? ComputedFlag { get; set; }

    public AssessmentStatus Status { get; set; }

    /// <summary>Gets the ids of the rules that fired (changes and notes), in order: the rationale without its messages.</summary>
    public List<string> FiredRules { get; } = new(4);

    /// <summary>Gets the ids of the considerations, in order.</summary>
    public List<string> Considerations { get; } = new(2);

    /// <summary>One line per behaviour for comparing the implementations.</summary>
    public override string ToString() =>
        $"{BehaviourId}: criteria={CriteriaFlag?.ToString() ?? "none"} computed={ComputedFlag?.ToString() ?? "none"} status={Status} fired=[{string.Join(",", FiredRules)}] considerations=[{string.Join(",", Considerations)}]";

    /// <summary>The same line for our assessment of one behaviour.</summary>
    public static string Describe(BehaviourAssessment assessment)
    {
        var outcome = new PeerOutcome(assessment.BehaviourId)
        {
            CriteriaFlag = assessment.CriteriaFlag,
            ComputedFlag = assessment.ComputedFlag,
            Status = assessment.Status,
        };
        outcome.FiredRules.AddRange(assessment.FiredRules.Select(r => r.Id));
        outcome.Considerations.AddRange(assessment.Considerations.Select(c => c.Id));
        return outcome.ToString();
    }
}
