using Sensoa.Flags.Guidance;

namespace Sensoa.Flags;

/// <summary>What one step of a response is and where it comes from; the step's text is at the same index in <see cref="Response.Steps"/>.</summary>
/// <param name="Kind">Which step of the reaction it is.</param>
/// <param name="FromLibrary">True when the sources are silent on this step and the library says it on its own account.</param>
/// <param name="Source">The published text the step restates in the library's own words, or null when <paramref name="FromLibrary"/> is true.</param>
public sealed record ResponseStep(ResponseStepKind Kind, bool FromLibrary, SourceReference? Source);
