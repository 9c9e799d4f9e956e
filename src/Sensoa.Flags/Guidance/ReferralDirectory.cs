using System.Globalization;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Routing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// The referral directory shipped with the library as versioned data (<c>Guidance/Data/directory.json</c>): the
/// organisations of Flanders and the Dutch route, their phone numbers, opening hours and the situations they serve.
/// Assessments route to it by themselves; this gives direct access, for example for a policy question.
/// </summary>
public static class ReferralDirectory
{
    /// <summary>Gets the version of the directory data.</summary>
    public static string Version => ReferralDirectoryData.Version;

    /// <summary>Gets the ids of every organisation, in the directory's fixed order; an id is unique within a jurisdiction (<c>politie</c> is in both).</summary>
    public static IReadOnlyList<string> Ids => [.. ReferralDirectoryData.Organisations.Select(o => o.Id)];

    /// <summary>Gets every organisation as a referral, in the directory's fixed order.</summary>
    /// <param name="options">Language and clock; null for English without "open now".</param>
    /// <returns>The referrals, one per organisation.</returns>
    public static IReadOnlyList<Referral> List(AssessmentOptions? options = null) =>
        [.. ReferralDirectoryData.Organisations.Select(o => ReferralRouter.ToReferral(o, options ?? AssessmentOptions.Default))];

    /// <summary>Gets one organisation of a jurisdiction as a referral, with its general reason for being listed.</summary>
    /// <param name="id">The stable id, for example <c>politie</c>.</param>
    /// <param name="jurisdiction">Where the organisation works.</param>
    /// <param name="options">Language and clock; null for English without "open now".</param>
    /// <returns>The referral, or null when the jurisdiction has no organisation with that id.</returns>
    public static Referral? Find(string id, Jurisdiction jurisdiction, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var organisation = ReferralDirectoryData.Organisations.FirstOrDefault(o => o.Jurisdiction == jurisdiction && string.Equals(o.Id, id, StringComparison.Ordinal));
        return organisation is null ? null : ReferralRouter.ToReferral(organisation, options ?? AssessmentOptions.Default);
    }

    /// <summary>Gets one organisation as a referral, with its general reason for being listed.</summary>
    /// <param name="id">The stable id, for example <c>contactpersoon-integriteit</c>.</param>
    /// <param name="options">Language and clock; null for English without "open now".</param>
    /// <returns>The referral, or null when no organisation has that id; for an id in both jurisdictions, the first in the directory's order (Flanders).</returns>
    public static Referral? Find(string id, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var organisation = ReferralDirectoryData.Organisations.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
        return organisation is null ? null : ReferralRouter.ToReferral(organisation, options ?? AssessmentOptions.Default);
    }

    /// <summary>
    /// Lists every condition under which an assessment lists a referral, with its source: one entry per organisation and
    /// situation, in the directory's fixed order. Whatever is of concern also needs a non-empty list (see the contract's
    /// routing); <c>policyQuestions</c> is never routed from an incident.
    /// </summary>
    /// <param name="culture">The language of the conditions; null for English.</param>
    /// <returns>The conditions.</returns>
    public static IReadOnlyList<ReferralCondition> DescribeRouting(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        var conditions = new List<ReferralCondition>();
        foreach (var organisation in ReferralDirectoryData.Organisations)
        {
            foreach (var situation in organisation.Situations)
            {
                var name = EnumNames<RoutingSituation>.Name(situation);
                conditions.Add(new ReferralCondition(
                    organisation.Id,
                    organisation.Jurisdiction,
                    name,
                    Texts.Get("routing." + name, culture),
                    RoutingSources.Of(organisation.Id, situation, culture)));
            }
        }

        return conditions;
    }
}
