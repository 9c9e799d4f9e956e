namespace Sensoa.Flags.Guidance;

/// <summary>A worked example and how far it is from the behaviour asked about (0 is the same on every point compared).</summary>
/// <param name="Distance">The distance described at <see cref="WorkedExamples.Closest(ExampleQuery, int, System.Globalization.CultureInfo?)"/>.</param>
/// <param name="Example">The example.</param>
public sealed record ExampleMatch(int Distance, WorkedExample Example);
