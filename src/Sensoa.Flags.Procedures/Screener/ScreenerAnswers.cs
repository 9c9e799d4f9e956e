namespace Sensoa.Flags.Procedures.Screener;

/// <summary>A school's sorting of the cards: every card id mapped to strength or work point, each exactly once.</summary>
public sealed record ScreenerAnswers
{
    /// <summary>Gets the sort per card id.</summary>
    public required IReadOnlyDictionary<string, CardSort> Sorts { get; init; }
}
