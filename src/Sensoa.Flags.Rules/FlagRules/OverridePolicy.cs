using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// Checks a professional's final flag against the pitfalls of DOMAIN.md §4 and CONTRACT.md:
/// an organisation rule or unsafe context only turns green into yellow; intimacy, frequency and awareness only raise;
/// <c>other</c> is accepted for any flag; an override equal to the computed flag is always accepted.
/// </summary>
internal static class OverridePolicy
{
    public static OverrideOutcome Evaluate(OverrideRequest request, Flag? computed, CultureInfo culture)
    {
        var refusal = Refusal(request, computed, culture);
        return new OverrideOutcome
        {
            Flag = request.Flag,
            Basis = request.Basis,
            Accepted = refusal is null,
            Refusal = refusal,
        };
    }

    private static string? Refusal(OverrideRequest request, Flag? computed, CultureInfo culture)
    {
        if (request.Flag == computed)
        {
            return null;
        }

        switch (request.Basis)
        {
            case OverrideBasis.Other:
                return null;
            case OverrideBasis.OrganisationRule or OverrideBasis.UnsafeContext:
                return computed == Flag.Green && request.Flag == Flag.Yellow
                    ? null
                    : Texts.Format("override.refusal.organisationRule", culture, Texts.Flag(computed, culture));
            default:
                if (computed is null)
                {
                    return Texts.Format("override.refusal.noFlag", culture, Texts.Basis(request.Basis, culture));
                }

                return request.Flag > computed
                    ? null
                    : Texts.Format("override.refusal.aggravating", culture, Texts.Basis(request.Basis, culture), Texts.Flag(computed, culture));
        }
    }
}
