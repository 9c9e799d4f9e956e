using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Routing;

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

    /// <summary>Gets the ids of every organisation, in the directory's fixed order.</summary>
    public static IReadOnlyList<string> Ids => [.. ReferralDirectoryData.Organisations.Select(o => o.Id)];

    /// <summary>Gets one organisation as a referral, with its general reason for being listed.</summary>
    /// <param name="id">The stable id, for example <c>contactpersoon-integriteit</c>.</param>
    /// <param name="options">Language and clock; null for English without "open now".</param>
    /// <returns>The referral, or null when no organisation has that id.</returns>
    public static Referral? Find(string id, AssessmentOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(id);
        var organisation = ReferralDirectoryData.Organisations.FirstOrDefault(o => string.Equals(o.Id, id, StringComparison.Ordinal));
        return organisation is null ? null : ReferralRouter.ToReferral(organisation, options ?? AssessmentOptions.Default);
    }
}
