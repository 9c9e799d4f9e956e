using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Rules;

/// <summary>
/// The rule set with everything it can say and why: its rules, the considerations they add and the conditions under
/// which an assessment lists a referral, each with its source. The <c>rules</c> command, <c>GET /rules</c> and the
/// project's rules page are written from it.
/// </summary>
public sealed record RuleSetDescription
{
    /// <summary>Gets the version of the rule set that assessments carry.</summary>
    public required string RuleSetVersion { get; init; }

    /// <summary>Gets the language of the texts (<c>en</c> or <c>nl</c>).</summary>
    public required string Language { get; init; }

    /// <summary>Gets the rules, highest priority first.</summary>
    public required IReadOnlyList<RuleDescription> Rules { get; init; }

    /// <summary>Gets the considerations, in the order of the rules that add them.</summary>
    public required IReadOnlyList<ConsiderationDescription> Considerations { get; init; }

    /// <summary>Gets the referral conditions, in the directory's fixed order.</summary>
    public required IReadOnlyList<ReferralCondition> ReferralConditions { get; init; }

    /// <summary>
    /// Gets the organisation rules of the assessor described, highest priority first, ties by name; empty for the
    /// library's rule set alone. They only state concerns, which the library applies as <c>organisation.concern</c>.
    /// </summary>
    public IReadOnlyList<OrganisationRuleDescription> OrganisationRules { get; init; } = [];
}
