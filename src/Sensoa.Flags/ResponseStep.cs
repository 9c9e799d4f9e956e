namespace Sensoa.Flags;

/// <summary>What one step of a response is and what it rests on; the step's text is at the same index in <see cref="Response.Steps"/>.</summary>
/// <param name="Kind">Which step of the reaction it is.</param>
/// <param name="Source">What the step rests on: a published document and the part of it, or the library with its reason where the sources are silent.</param>
public sealed record ResponseStep(ResponseStepKind Kind, Provenance Source);
