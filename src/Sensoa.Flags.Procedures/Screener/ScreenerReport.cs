namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The outcome of a screening: per category, in the order quality, prevention, reaction.</summary>
public sealed record ScreenerReport
{
    /// <summary>Gets the outcome per category.</summary>
    public required IReadOnlyList<CategoryResult> Categories { get; init; }

    /// <summary>Gets the number of strengths over all categories.</summary>
    public int StrengthCount => Categories.Sum(c => c.Strengths.Count);

    /// <summary>Gets the number of work points over all categories.</summary>
    public int WorkPointCount => Categories.Sum(c => c.WorkPoints.Count);

    /// <summary>Gets the referral id of the policy advice the report points to: the contact persons for integrity answer policy questions (docs/method.md, "Where to get advice").</summary>
    public string AdviceReferralId => "contactpersoon-integriteit";
}
