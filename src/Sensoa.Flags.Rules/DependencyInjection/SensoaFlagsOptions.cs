using System.Globalization;

namespace Sensoa.Flags;

/// <summary>The defaults of the <see cref="IFlagAssessor"/> that <c>services.AddSensoaFlags()</c> registers.</summary>
public sealed class SensoaFlagsOptions
{
    /// <summary>Gets or sets the language of every text when a call passes no <see cref="AssessmentOptions"/>; English by default.</summary>
    public CultureInfo Culture { get; set; } = AssessmentOptions.Default.Culture;

    /// <summary>
    /// Gets or sets the clock; null takes the container's <see cref="System.TimeProvider"/>, or the system clock when
    /// the container has none.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }
}
