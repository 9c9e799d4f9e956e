namespace Sensoa.Flags.Batch;

/// <summary>One line's outcome inside the pipeline; a blank line has no result but still counts as read.</summary>
internal readonly record struct LineOutcome(long Number, BatchResult? Result);
