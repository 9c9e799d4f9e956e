using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Sensoa.Flags.IntegrationTests.Packaging;

/// <summary>What a new user meets in the repository besides the code: the licence the package declares, and outputs of the README's commands kept out of git.</summary>
public sealed partial class RepositoryFilesTests
{
    [Fact]
    public void License_IsMitAsThePackageDeclares()
    {
        var license = File.ReadAllText(Path.Combine(RepositoryFolder.Root, "LICENSE"));
        license.Should().StartWith("MIT License").And.Contain("Permission is hereby granted, free of charge");
        File.ReadAllText(Path.Combine(RepositoryFolder.Root, "Directory.Build.props")).Should().Contain("<PackageLicenseExpression>MIT</PackageLicenseExpression>");
    }

    [Fact]
    public void Readme_OutputFilesOfItsCommands_AreIgnoredByGit()
    {
        // The README and the docs it sends readers to: their commands run from the repository root too.
        var readme = string.Join('\n', Directory.GetFiles(Path.Combine(RepositoryFolder.Root, "docs"), "*.md")
            .Prepend(Path.Combine(RepositoryFolder.Root, "README.md")).Select(File.ReadAllText));
        var outputs = OutputPath().Matches(readme).Select(m => m.Groups["path"].Value)
            .Where(path => !path.StartsWith('/') && !path.StartsWith("..", StringComparison.Ordinal))
            .Append("artifacts/Sensoa.Flags.1.0.0.nupkg")
            .Distinct()
            .ToList();
        outputs.Should().Contain("report.html");
        foreach (var path in outputs)
        {
            var start = new ProcessStartInfo("git", ["check-ignore", "--quiet", "--no-index", path]) { WorkingDirectory = RepositoryFolder.Root };
            using var git = Process.Start(start)!;
            git.WaitForExit();
            git.ExitCode.Should().Be(0, $"'{path}', written by a README command, must be in .gitignore");
        }
    }

    /// <summary>A redirection (<c>&gt; report.html</c>) or an output option (<c>--out</c>, <c>--svg</c>, <c>--md</c>) in a command.</summary>
    [GeneratedRegex(@"(?:\s>\s*|--(?:out|svg|md)\s+)(?<path>[\w./-]+\.(?:html|md|svg|jsonl|json))\b")]
    private static partial Regex OutputPath();
}
