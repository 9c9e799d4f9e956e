using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags;

/// <summary>The verdict of an assessment call: the assessment, or the reasons the input was refused.</summary>
public sealed class AssessmentResult
{
    private AssessmentResult(Assessment? assessment, IReadOnlyList<ValidationError> errors)
    {
        Assessment = assessment;
        Errors = errors;
    }

    /// <summary>Gets the assessment; null when the input was refused.</summary>
    public Assessment? Assessment { get; }

    /// <summary>Gets every error found, each with the JSON path of the offending value; empty on success.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    /// <summary>Gets whether the input was valid and assessed.</summary>
    [MemberNotNullWhen(true, nameof(Assessment))]
    public bool IsValid => Assessment is not null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The result.</returns>
    public static AssessmentResult Success(Assessment assessment)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        return new AssessmentResult(assessment, []);
    }

    /// <summary>Creates a refusal.</summary>
    /// <param name="errors">The errors; at least one.</param>
    /// <returns>The result.</returns>
    public static AssessmentResult Invalid(IReadOnlyList<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A refusal needs at least one error.", nameof(errors));
        }

        return new AssessmentResult(null, errors);
    }
}
