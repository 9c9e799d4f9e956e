using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Sensoa.Flags.IntegrationTests.Repository;

/// <summary>The README as an adopter reads it: short, with the two commands, links that lead somewhere, and a safe nuget.config.</summary>
public sealed partial class ReadmeTests
{
    private static readonly string Root = RepositoryFolder.Root;

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md"));

    [Fact]
    public void Readme_ReadsInFiveMinutes_AtMost250Lines()
    {
        Readme.TrimEnd('\n').Split('\n').Length.Should().BeLessThanOrEqualTo(250, "long references live in docs/");
    }

    [Fact]
    public void Readme_TheTwoCommands_InOneBlockAsCiRunsThem()
    {
        Readme.Should().Contain("""
            ```
            dotnet run --project samples/Sensoa.Flags.Cli -- assess samples/cases/two-person-sexting.json
            dotnet test
            ```
            """);
        File.ReadAllText(Path.Combine(Root, ".ci", "run")).Should().Contain("dotnet test").And.Contain("dotnet run --no-build --project samples/Sensoa.Flags.Cli -- assess \"$case\"");
    }

    [Fact]
    public void Readme_SaysItIsNotASensoaProduct()
    {
        Readme.Should().Contain("independent implementation of that published method, not a Sensoa product");
    }

    [Fact]
    public void ReadmeAndDocs_EveryLocalLink_LeadsToAFileOrFolder()
    {
        var documents = Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Prepend(Path.Combine(Root, "README.md"));
        foreach (var document in documents)
        {
            foreach (Match link in LocalLink().Matches(File.ReadAllText(document)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(document)!, link.Groups["path"].Value));
                (File.Exists(target) || Directory.Exists(target)).Should().BeTrue($"{Path.GetFileName(document)} links to {link.Groups["path"].Value}");
            }
        }
    }

    [Fact]
    public void NugetConfig_AsShownInTheReadme_MapsSensoaFlagsToTheLocalFolderOnly()
    {
        var shown = XmlBlock().Match(Readme).Groups[1].Value;
        File.ReadAllText(Path.Combine(Root, "docs", "nuget.config")).Should().Be(shown, "the README shows the file its commands copy");

        var mapping = XDocument.Parse(shown).Root!.Element("packageSourceMapping")!.Elements("packageSource")
            .ToDictionary(s => (string)s.Attribute("key")!, s => s.Elements("package").Select(p => (string)p.Attribute("pattern")!).ToList());
        mapping["sensoa-flags-local"].Should().Equal("Sensoa.Flags*");
        mapping["nuget.org"].Should().Equal("*");
        mapping.Should().HaveCount(2, "no other feed may serve a Sensoa.Flags package");
        Readme.Should().Contain("--name sensoa-flags-local --configfile ../MyApp/nuget.config", "the source the commands add is the one the mapping names");
    }

    [GeneratedRegex(@"\]\((?<path>(?!https?:|#|mailto:)[^)#\s]+)(?:#[^)]*)?\)")]
    private static partial Regex LocalLink();

    [GeneratedRegex(@"```xml\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex XmlBlock();
}
