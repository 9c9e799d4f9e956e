namespace Sensoa.Flags;

/// <summary>Small helpers on flags and ratings.</summary>
public static class FlagExtensions
{
    /// <summary>Gets the flag a known criterion rating stands for.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The flag, or null for <see cref="CriterionRating.Unknown"/>.</returns>
    public static Flag? ToFlag(this CriterionRating rating) => rating switch
    {
        CriterionRating.Green => Flag.Green,
        CriterionRating.Yellow => Flag.Yellow,
        CriterionRating.Red => Flag.Red,
        CriterionRating.Black => Flag.Black,
        _ => null,
    };

    /// <summary>Gets the advice on record keeping for a final flag: red internal, black internal and external (never a legal duty).</summary>
    /// <param name="flag">The final flag, or null when there is none yet.</param>
    /// <returns>The advice on record keeping.</returns>
    public static Registration ToRegistration(this Flag? flag) => flag switch
    {
        Flag.Red => Registration.Internal,
        Flag.Black => Registration.InternalAndExternal,
        _ => Registration.None,
    };
}
