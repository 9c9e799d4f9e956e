namespace Sensoa.Flags;

/// <summary>What one step of a response is and what it rests on; the step's text is at the same index in <see cref="Response.Steps"/>.</summary>
/// <param name="Kind">Which step of the reaction it is.</param>
/// <param name="Source">What the step's words rest on: a published document and the part of it, or the library with its reason (the per-flag wording of the reaction guide's steps is the library's own).</param>
public sealed record ResponseStep(ResponseStepKind Kind, Provenance Source)
{
    /// <summary>Gets what the kind of step rests on when it is one of the steps of Sensoa's reaction guide, else null.</summary>
    public Provenance? KindSource { get; init; }
}
