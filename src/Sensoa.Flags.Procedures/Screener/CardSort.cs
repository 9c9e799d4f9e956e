namespace Sensoa.Flags.Procedures.Screener;

/// <summary>Where a school puts a card: a strength of its policy, or a point to work on.</summary>
public enum CardSort
{
    /// <summary>The school already does this well (<c>strength</c>).</summary>
    Strength,

    /// <summary>The school still has to work on this (<c>workPoint</c>).</summary>
    WorkPoint,
}
