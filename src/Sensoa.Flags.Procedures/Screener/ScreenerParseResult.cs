using System.Diagnostics.CodeAnalysis;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The answers read from JSON, or every error found with its JSON path.</summary>
/// <param name="Answers">The answers; null when the input was refused.</param>
/// <param name="Errors">Every error found; empty on success.</param>
public sealed record ScreenerParseResult(ScreenerAnswers? Answers, IReadOnlyList<ValidationError> Errors)
{
    /// <summary>Gets whether the input was a complete, valid set of answers.</summary>
    [MemberNotNullWhen(true, nameof(Answers))]
    public bool IsValid => Answers is not null;
}
