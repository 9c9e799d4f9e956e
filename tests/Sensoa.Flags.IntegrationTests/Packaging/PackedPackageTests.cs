using System.Globalization;
using System.Text.RegularExpressions;

namespace Sensoa.Flags.IntegrationTests.Packaging;

/// <summary>
/// The packages as a user gets them, by the README's install section word for word (<see cref="ReadmeInstall"/> packs
/// once): the tool installed into a temporary tool path and run, the library referenced from a throwaway project that
/// assesses an incident through it, and one version for both packages and the CLI's <c>--version</c>.
/// </summary>
public sealed class PackedPackageTests : IClassFixture<ReadmeInstall>
{
    private readonly ReadmeInstall install;

    public PackedPackageTests(ReadmeInstall install)
    {
        this.install = install;
    }

    [Fact]
    public void ReadmeToolCommands_IntoATemporaryToolPath_InstallAndAssess()
    {
        // The only change to the README's lines: a tool path of the test's own instead of --global, and the command
        // called by its path there (a global install would need the user's PATH and change the user's machine).
        var tools = Path.Combine(install.Work, "tools");
        var output = string.Empty;
        foreach (var line in install.ToolCommands)
        {
            var command = line.Replace("--global", $"--tool-path '{tools}'", StringComparison.Ordinal);
            command = Regex.Replace(command, "^sensoa-flags ", $"'{tools}/sensoa-flags' ");
            output = DotnetProcess.Shell(install.Clone, command, install.Consumer);
        }

        install.ToolCommands.Should().Contain(line => line.Contains("--global", StringComparison.Ordinal));
        install.ToolCommands[^1].Should().StartWith("sensoa-flags assess", "the block ends by running the installed tool");
        output.Should().Contain("\"flag\": \"black\"").And.Contain("\"registration\": \"internalAndExternal\"");
        var (code, _) = DotnetProcess.Start(install.Clone, Path.Combine(tools, "sensoa-flags"), ["asess", "samples/cases/two-person-sexting.json"]);
        code.Should().Be(64, "the installed tool keeps the exit codes");
    }

    [Fact]
    public void ToolPackages_ThisPlatformsPrecompiledAndAPortableOne()
    {
        // .NET 10 RID-specific tool packages: the pointer, this machine's (ReadyToRun: the start-up target of issue 17)
        // and the portable one that every other platform installs.
        var version = install.PackedVersion("sensoa-flags");
        var artifacts = Path.Combine(install.Clone, "artifacts");
        var platform = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier;
        File.Exists(Path.Combine(artifacts, $"sensoa-flags.{platform}.{version}.nupkg")).Should().BeTrue($"a package for {platform} is packed");
        File.Exists(Path.Combine(artifacts, $"sensoa-flags.any.{version}.nupkg")).Should().BeTrue("a portable package is packed");
        using var portable = System.IO.Compression.ZipFile.OpenRead(Path.Combine(artifacts, $"sensoa-flags.any.{version}.nupkg"));
        portable.Entries.Should().Contain(e => e.FullName == "tools/net10.0/any/sensoa-flags.dll", "the portable package runs on dotnet anywhere");
    }

    [Fact]
    public void ReadmeProjectCommands_ThrowawayProject_AssessesThroughThePackage()
    {
        foreach (var line in install.ProjectCommands)
        {
            DotnetProcess.Shell(install.Clone, line, install.Consumer);
        }

        var app = Path.GetFullPath(Path.Combine(install.Clone, "..", "MyApp"));
        File.ReadAllText(Path.Combine(app, "MyApp.csproj")).Should().Contain($"Include=\"Sensoa.Flags\" Version=\"{install.PackedVersion("Sensoa.Flags")}\"");
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using System.Globalization;
            using Microsoft.Extensions.DependencyInjection;
            using Sensoa.Flags;

            using var provider = new ServiceCollection().AddSensoaFlags(o => o.Culture = CultureInfo.GetCultureInfo("nl")).BuildServiceProvider();
            var assessor = provider.GetRequiredService<IFlagAssessor>();
            var result = assessor.AssessJson(File.ReadAllBytes(args[0]));
            Console.WriteLine(result.IsValid ? $"flags: {string.Join(",", result.Assessment.Behaviours.Select(b => b.Flag))}" : "invalid");
            Console.WriteLine($"schema: {Sensoa.Flags.Json.SensoaJson.IncidentSchema.Length > 0}");
            Console.WriteLine($"first rule: {result.Assessment!.Behaviours[1].FiredRules[0].Message}");
            """);

        // The container itself (the package needs only its abstractions); from nuget.org into the test's own cache.
        DotnetProcess.Shell(app, "dotnet add package Microsoft.Extensions.DependencyInjection --version 10.0.0", install.Consumer);
        var sample = Path.Combine(install.Clone, "samples", "cases", "two-person-sexting.json");
        var output = DotnetProcess.Shell(app, $"dotnet run -- '{sample}'", install.Consumer);

        output.Should().Contain("flags: Green,Black").And.Contain("schema: True");
        var dutch = FlagAssessor.Create().AssessJson(File.ReadAllBytes(sample), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") })
            .Assessment!.Behaviours[1].FiredRules[0].Message;
        output.Should().Contain("first rule: " + dutch, "the Dutch satellite assembly is in the package");
        var cache = install.Consumer["NUGET_PACKAGES"];
        Directory.EnumerateFiles(Path.Combine(cache, "sensoa.flags"), "*.dll", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Should().Contain(["Sensoa.Flags.dll", "Sensoa.Flags.Rules.dll", "Sensoa.Flags.Procedures.dll", "Sensoa.Flags.resources.dll"]);
        Directory.EnumerateFiles(Path.Combine(install.Clone, "artifacts"), "Sensoa.Flags.*.snupkg").Should().ContainSingle("symbols are packed beside the package");
    }

    [Fact]
    public void Versions_PackageToolAndCliVersionOption_AreOneMinVerVersion()
    {
        var library = install.PackedVersion("Sensoa.Flags");
        var tool = install.PackedVersion("sensoa-flags");
        tool.Should().Be(library);

        // The CLI built by the pack, run without installing: its --version is the package version, nothing appended.
        var built = Path.Combine(install.Clone, "samples", "Sensoa.Flags.Cli", "bin", "Release", "net10.0", "sensoa-flags.dll");
        var (code, output) = DotnetProcess.Start(install.Clone, "dotnet", [built, "--version"]);
        code.Should().Be(0);
        output.Trim().Should().Be(library);

        // What the README says about versions without a release tag.
        var tagged = DotnetProcess.Start(install.Clone, "git", ["describe", "--tags", "--match", "v[0-9]*"]).ExitCode == 0;
        if (!tagged)
        {
            library.Should().MatchRegex(@"^0\.0\.0-alpha\.0\.\d+$");
            File.ReadAllText(Path.Combine(install.Clone, "README.md")).Should().Contain("`0.0.0-alpha.0.N`");
        }
    }
}
