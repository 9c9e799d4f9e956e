using System.Globalization;

namespace Sensoa.Flags;

/// <summary>
/// Options for one assessment. Where an assessor has configured defaults (<see cref="System.TimeProvider"/> and culture
/// set in <c>FlagAssessorOptions</c>, through <c>FlagAssessor.Create(...)</c> or <c>services.AddSensoaFlags(...)</c>), a
/// call's options add to them: what the call sets wins, what it leaves unset keeps the configured value. They stay per
/// call because one shared assessor answers calls in different languages and at different moments (an HTTP API's requests).
/// </summary>
public sealed record AssessmentOptions
{
    private readonly CultureInfo culture = Languages.Culture(Languages.English);
    private readonly TimeProvider? timeProvider;

    /// <summary>Gets the default options: English, no clock, nothing set.</summary>
    public static AssessmentOptions Default { get; } = new();

    /// <summary>Gets the language of every text in the result and of the error messages; English unless Dutch (<c>nl</c>, <c>nl-BE</c>, ...) is asked for.</summary>
    public CultureInfo Culture
    {
        get => culture;
        init
        {
            culture = value;
            CultureIsSet = true;
        }
    }

    /// <summary>
    /// Gets the clock for "open now": with it, each referral says whether it is open at that moment (in the
    /// organisation's time zone) and when it opens or closes; null (the default) leaves those fields out, so the output
    /// depends on the input alone. Setting it, even to null, overrides a configured clock.
    /// </summary>
    public TimeProvider? TimeProvider
    {
        get => timeProvider;
        init
        {
            timeProvider = value;
            TimeProviderIsSet = true;
        }
    }

    // Whether the caller set each option (to anything, null included), so that Over knows what to keep.
    private bool CultureIsSet { get; init; }

    private bool TimeProviderIsSet { get; init; }

    /// <summary>Gets these options laid over configured defaults: each option this call set wins, the others come from <paramref name="defaults"/>.</summary>
    /// <param name="defaults">The configured defaults.</param>
    /// <returns>The options to assess with.</returns>
    public AssessmentOptions Over(AssessmentOptions defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        if (CultureIsSet && TimeProviderIsSet)
        {
            return this;
        }

        var merged = CultureIsSet ? this with { } : this with { Culture = defaults.Culture, CultureIsSet = defaults.CultureIsSet };
        return TimeProviderIsSet ? merged : merged with { TimeProvider = defaults.TimeProvider, TimeProviderIsSet = defaults.TimeProviderIsSet };
    }
}
