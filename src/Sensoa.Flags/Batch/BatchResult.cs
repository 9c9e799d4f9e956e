namespace Sensoa.Flags.Batch;

/// <summary>The outcome of one input line: today's assessment (or the errors), and how it differs from the stored one.</summary>
public sealed record BatchResult
{
    /// <summary>Gets the line's number in the input, from 1.</summary>
    public required long LineNumber { get; init; }

    /// <summary>Gets today's assessment of the line's incident, or every error found with its JSON path in the line.</summary>
    public required AssessmentResult Result { get; init; }

    /// <summary>Gets whether the line carried a stored assessment (an <c>{ "incident", "assessment" }</c> pair).</summary>
    public required bool HasStoredAssessment { get; init; }

    /// <summary>Gets the differences from the stored assessment; null when there is none, it is the same, or the line was refused.</summary>
    public required AssessmentChange? Change { get; init; }
}
