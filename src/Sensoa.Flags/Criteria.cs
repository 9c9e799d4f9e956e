namespace Sensoa.Flags;

/// <summary>The ratings of the six criteria for one behaviour.</summary>
public sealed record Criteria
{
    /// <summary>Gets the rating of consent.</summary>
    public required CriterionRating Consent { get; init; }

    /// <summary>Gets the rating of voluntariness.</summary>
    public required CriterionRating Voluntariness { get; init; }

    /// <summary>Gets the rating of equality.</summary>
    public required CriterionRating Equality { get; init; }

    /// <summary>Gets the rating of development or functioning level.</summary>
    public required CriterionRating Development { get; init; }

    /// <summary>Gets the rating of context.</summary>
    public required CriterionRating Context { get; init; }

    /// <summary>Gets the rating of impact.</summary>
    public required CriterionRating Impact { get; init; }

    /// <summary>Gets the rating of one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>Its rating.</returns>
    public CriterionRating this[Criterion criterion] => criterion switch
    {
        Criterion.Consent => Consent,
        Criterion.Voluntariness => Voluntariness,
        Criterion.Equality => Equality,
        Criterion.Development => Development,
        Criterion.Context => Context,
        Criterion.Impact => Impact,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not one of the six criteria."),
    };

    /// <summary>Creates criteria with all six at one rating.</summary>
    /// <param name="rating">The rating for every criterion.</param>
    /// <returns>The criteria.</returns>
    public static Criteria AllAt(CriterionRating rating) => new()
    {
        Consent = rating,
        Voluntariness = rating,
        Equality = rating,
        Development = rating,
        Context = rating,
        Impact = rating,
    };

    /// <summary>Returns a copy with one criterion set to another rating.</summary>
    /// <param name="criterion">The criterion to change.</param>
    /// <param name="rating">Its new rating.</param>
    /// <returns>The changed copy.</returns>
    public Criteria With(Criterion criterion, CriterionRating rating) => criterion switch
    {
        Criterion.Consent => this with { Consent = rating },
        Criterion.Voluntariness => this with { Voluntariness = rating },
        Criterion.Equality => this with { Equality = rating },
        Criterion.Development => this with { Development = rating },
        Criterion.Context => this with { Context = rating },
        Criterion.Impact => this with { Impact = rating },
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Not one of the six criteria."),
    };
}
