namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The answer of <c>GET /referrals</c>: the directory's version and its organisations.</summary>
/// <param name="DirectoryVersion">The version of the directory data.</param>
/// <param name="Referrals">The organisations, in the directory's fixed order.</param>
internal sealed record ReferralList(string DirectoryVersion, IReadOnlyList<Referral> Referrals);
