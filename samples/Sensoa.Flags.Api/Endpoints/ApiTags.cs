namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The tags that group the operations in the OpenAPI document; each is described there (<c>ApiDocument</c>).</summary>
internal static class ApiTags
{
    public const string Assessments = "assessments";
    public const string Guidance = "guidance";
    public const string Referrals = "referrals";
    public const string Examples = "examples";
}
