namespace Sensoa.Flags.Guidance.Directory;

/// <summary>The shipped referral directory (<c>Data/directory.json</c>) as read.</summary>
internal sealed record DirectoryDocument
{
    public required string Version { get; init; }

    public string? Sources { get; init; }

    public required IReadOnlyList<OrganisationEntry> Organisations { get; init; }
}
