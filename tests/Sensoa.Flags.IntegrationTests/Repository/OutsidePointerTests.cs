namespace Sensoa.Flags.IntegrationTests.Repository;

/// <summary>
/// Nothing the project ships links or points outside the repository: no working notes, no source files by their
/// working names, no web pages. The changelog, which records history, is the one file allowed to mention them.
/// </summary>
public sealed class OutsidePointerTests
{
    // The changelog records history; this file holds examples of what the scan refuses.
    private static readonly string[] Exempt = ["CHANGELOG.md", "tests/Sensoa.Flags.IntegrationTests/Repository/OutsidePointerTests.cs"];

    internal static IReadOnlyList<string> Files { get; } = TrackedFiles.List(RepositoryFolder.Root);

    [Fact]
    public void TrackedFiles_ExceptTheChangelog_PointNowhereOutsideTheRepository()
    {
        var found = new List<string>();
        foreach (var file in Files.Where(f => !Exempt.Contains(f, StringComparer.Ordinal)))
        {
            if (ReadText(file) is { } text)
            {
                found.AddRange(OutsidePointers.Find(text).Select(pointer => $"{file} {pointer}"));
            }
        }

        // Joined, so that the failure lists every place, not only the first.
        string.Join('\n', found).Should().BeEmpty(
            "the project's own account is in docs/contract.md and docs/method.md, and a source is named by its published "
            + "title (for example Sensoa, \"Wat zijn de vlaggen van het Vlaggensysteem?\"); a web address that is a "
            + "technical identifier belongs in OutsidePointers' list");
    }

    [Fact]
    public void TrackedFiles_Listed_IncludeTheDocumentationAndTheCode()
    {
        // Guards the scan above against passing because it read nothing.
        Files.Should().Contain(["README.md", "docs/contract.md", "docs/method.md", "src/Sensoa.Flags/Incident.cs"]);
        Files.Should().NotContain(f => f.StartsWith(".git/", StringComparison.Ordinal) || f.Contains("/bin/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("See [the contract](../shared/CONTRACT.md).")]
    [InlineData("/// The rules of DOMAIN.md §3.")]
    [InlineData("\"source\": \"seeds/000\"")]
    [InlineData("// 1712 is not in the seeds.")]
    [InlineData("from 003_7a71b314d7d14884.txt")]
    [InlineData("cat /work/shared/README.md")]
    [InlineData("<PackageProjectUrl>https://www.sensoa.be/vlaggensysteem</PackageProjectUrl>")]
    [InlineData("Read more at http://sexting.be/dossiers.")]
    [InlineData("a look-alike at https://example.org.attacker.be/")]
    [InlineData("and another at https://notexample.org/")]
    public void Find_PointerOutside_IsReported(string line) =>
        OutsidePointers.Find(line).Should().NotBeEmpty();

    [Theory]
    [InlineData("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\",")]
    [InlineData("xml.WriteStartElement(\"svg\", \"http://www.w3.org/2000/svg\");")]
    [InlineData("curl -s http://localhost:5000/assessments?lang=nl")]
    [InlineData("style.href = 'https://fonts.example.org/font.css';")]
    [InlineData("the API on http://127.0.0.1:51234/ and http://[::1]:5000/")]
    [InlineData("Every rule is listed in [docs/rules.md](docs/rules.md); the contract in docs/contract.md.")]
    [InlineData("Sensoa, \"Wat zijn de vlaggen van het Vlaggensysteem?\", red flag")]
    [InlineData("a shared folder, a seed of 42, the Shared/ResourcePairs.cs link")]
    public void Find_RepositoryPathOrTechnicalIdentifier_IsNotReported(string line) =>
        OutsidePointers.Find(line).Should().BeEmpty();

    /// <summary>Gets a file's text, or null for a binary file (an image, a package), which cannot hold a link.</summary>
    internal static string? ReadText(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(RepositoryFolder.Root, file));
        return Array.IndexOf(bytes, (byte)0) >= 0 ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }
}
