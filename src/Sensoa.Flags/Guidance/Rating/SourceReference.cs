namespace Sensoa.Flags.Guidance;

/// <summary>A published text a piece of guidance restates in the library's own words, named by its publisher and title.</summary>
/// <param name="Publisher">Who published it, for example Sensoa.</param>
/// <param name="Title">The published title, as printed (in Dutch).</param>
/// <param name="Section">The section of that text, as printed, or null for the whole text.</param>
public sealed record SourceReference(string Publisher, string Title, string? Section);
