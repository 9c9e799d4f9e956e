namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>One measure of the decision.</summary>
/// <param name="Kind">What is done.</param>
/// <param name="PersonId">The participant it is for, or null for a measure aimed at no one person.</param>
public sealed record Measure(MeasureKind Kind, string? PersonId);
