namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The screener's outcome for one category.</summary>
/// <param name="Category">The category.</param>
/// <param name="Strengths">The cards sorted as strengths, in the source's order.</param>
/// <param name="WorkPoints">The cards sorted as work points, in the source's order: the action list.</param>
public sealed record CategoryResult(ScreenerCategory Category, IReadOnlyList<ScreenerCard> Strengths, IReadOnlyList<ScreenerCard> WorkPoints);
