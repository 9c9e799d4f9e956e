using System.Collections.Frozen;

namespace Sensoa.Flags.Guidance.Directory;

/// <summary>The directory, read and checked once from <c>Data/directory.json</c>.</summary>
internal static class ReferralDirectoryData
{
    private static readonly Lazy<DirectoryDocument> Document = new(Load);

    public static string Version => Document.Value.Version;

    /// <summary>Gets the organisations in the directory's fixed order.</summary>
    public static IReadOnlyList<OrganisationEntry> Organisations => Document.Value.Organisations;

    private static DirectoryDocument Load()
    {
        var document = ShippedData.Read("directory.json", DirectoryReader.Read);
        var ids = new HashSet<(Jurisdiction, string)>();
        foreach (var organisation in document.Organisations)
        {
            // An id is unique within its jurisdiction: the police are "politie" in Flanders and in the Netherlands.
            if (!ids.Add((organisation.Jurisdiction, organisation.Id)))
            {
                throw new InvalidOperationException($"The directory lists '{organisation.Id}' twice for {organisation.Jurisdiction}.");
            }

            if (organisation.Hours is { AlwaysOpen: false, Weekly: var weekly } && weekly.Any(i => i.End <= i.Start))
            {
                throw new InvalidOperationException($"The directory gives '{organisation.Id}' an interval that ends before it starts.");
            }
        }

        LocalizedText.RequireEveryLanguage("directory.json", document.Organisations.SelectMany(o => o.Texts));
        return document;
    }

    public static FrozenSet<string> Ids => Organisations.Select(o => o.Id).ToFrozenSet(StringComparer.Ordinal);
}
