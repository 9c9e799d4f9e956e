using System.Globalization;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// Checks a professional's final flag against the pitfalls of "how do I give a flag": no override makes a flag lighter
/// than the criteria give (pitfall "Dat kan toch niet!": the way to disagree is to rate the criteria again); an
/// organisation rule or an unsafe context only turns green into yellow (pitfall "Dat mag hier niet!"); intimacy, frequency,
/// awareness and the combination of criteria only raise. An override equal to the computed flag is accepted; with no
/// computed flag, none is. A raise by two levels or more is accepted with a warning that quotes "Dat kan toch niet!":
/// indignation mostly raises, and the source advises against it without forbidding it.
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
            Warning = refusal is null && computed is { } from && request.Flag - from >= 2
                ? RuleTexts.Format("override.warning.steepRaise", culture, RuleTexts.Flag(from, culture), RuleTexts.Flag(request.Flag, culture))
                : null,
        };
    }

    private static string? Refusal(OverrideRequest request, Flag? computed, CultureInfo culture)
    {
        if (computed is null)
        {
            return RuleTexts.Format("override.refusal.noFlag", culture, RuleTexts.Basis(request.Basis, culture));
        }

        if (request.Flag == computed)
        {
            return null;
        }

        if (request.Flag < computed)
        {
            return RuleTexts.Format("override.refusal.lower", culture, RuleTexts.Flag(computed, culture));
        }

        return request.Basis is OverrideBasis.OrganisationRule or OverrideBasis.UnsafeContext
            && !(computed == Flag.Green && request.Flag == Flag.Yellow)
            ? RuleTexts.Format("override.refusal.organisationRule", culture, RuleTexts.Flag(computed, culture))
            : null;
    }
}
