using System.Diagnostics;
using System.Text;

namespace Sensoa.Flags.Tests.Packaging;

/// <summary>
/// The package as a user gets it: <c>dotnet pack</c> into a temporary folder, a throwaway console project outside the
/// repository that restores Sensoa.Flags from that folder (and everything else from the normal feed, into its own
/// package cache so that no stale copy is used), runs an assessment through it and prints the flag. Slow (two builds),
/// so there is one such test.
/// </summary>
public sealed class PackedPackageTests : IDisposable
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(5);

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("sensoa-flags-package-test-");

    [Fact]
    public void PackedPackage_FromALocalFolderFeed_AssessesAnIncident()
    {
        var feed = Path.Combine(work.FullName, "feed");
        var app = Path.Combine(work.FullName, "app");
        var packages = Path.Combine(work.FullName, "packages");
        Directory.CreateDirectory(app);

        Run(Snapshot.RepositoryRoot, "pack", "src/Sensoa.Flags.Package/Sensoa.Flags.Package.csproj", "-c", "Release", "-o", feed, "-p:MinVerVersionOverride=0.0.0-packagetest");
        File.Exists(Path.Combine(feed, "Sensoa.Flags.0.0.0-packagetest.nupkg")).Should().BeTrue();
        File.Exists(Path.Combine(feed, "Sensoa.Flags.0.0.0-packagetest.snupkg")).Should().BeTrue();

        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{packages}" /></config>
              <packageSources><add key="local" value="{feed}" /></packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <WarningsNotAsErrors>NU1901;NU1902;NU1903;NU1904;NU1603</WarningsNotAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Sensoa.Flags" Version="0.0.0-packagetest" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.0" />
              </ItemGroup>
            </Project>
            """);
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

        // Dotnet reads a nuget.config from the project folder and its parents only, so the repository's settings stay out.
        var output = Run(app, "run", "--", Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json"));

        output.Should().Contain("flags: Green,Black").And.Contain("schema: True");
        var dutch = FlagAssessor.Create().AssessJson(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json")),
            new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl") }).Assessment!.Behaviours[1].FiredRules[0].Message;
        output.Should().Contain("first rule: " + dutch, "the Dutch satellite assembly is in the package");
        Directory.EnumerateFiles(Path.Combine(packages, "sensoa.flags"), "*.dll", SearchOption.AllDirectories)
            .Select(Path.GetFileName).Should().Contain(["Sensoa.Flags.dll", "Sensoa.Flags.Rules.dll", "Sensoa.Flags.resources.dll"]);
    }

    public void Dispose()
    {
        try
        {
            work.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is no test failure.
        }
    }

    private static string Run(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test host's MSBuild and test-platform variables would steer the child builds; they must start clean.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || k == "DOTNET_HOST_PATH").ToList())
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"dotnet {string.Join(' ', arguments)} did not finish within {StepTimeout}:\n{output}");
        }

        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Assert.Fail($"dotnet {string.Join(' ', arguments)} in {directory} exited with {process.ExitCode}:\n{output}");
        }

        return output.ToString();
    }
}
