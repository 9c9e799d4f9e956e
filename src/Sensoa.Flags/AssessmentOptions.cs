using System.Globalization;

namespace Sensoa.Flags;

/// <summary>Options for one assessment.</summary>
public sealed record AssessmentOptions
{
    /// <summary>Gets the default options: English.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets the language of every text in the result; English unless Dutch (<c>nl</c>, <c>nl-BE</c>, ...) is asked for.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en");

    /// <summary>
    /// Gets the clock for "open now": with it, each referral says whether it is open at that moment (in the
    /// organisation's time zone) and when it opens or closes; null (the default) leaves those fields out, so the output
    /// depends on the input alone.
    /// </summary>
    public TimeProvider? Clock { get; init; }
}
