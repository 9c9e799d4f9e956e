using System.Globalization;

namespace Sensoa.Flags;

/// <summary>Options for one assessment.</summary>
public sealed record AssessmentOptions
{
    /// <summary>Gets the default options: English.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets the language of every text in the result; English unless Dutch (<c>nl</c>, <c>nl-BE</c>, ...) is asked for.</summary>
    public CultureInfo Culture { get; init; } = CultureInfo.GetCultureInfo("en");
}
