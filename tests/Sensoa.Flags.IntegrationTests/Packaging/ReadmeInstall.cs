using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Sensoa.Flags.IntegrationTests.Packaging;

/// <summary>
/// The README's install section, done once per test run: a fresh clone of this repository (with the working tree's
/// uncommitted changes laid over it, so that what is tested is what is on disk) in a temporary folder, and there the
/// section's pack commands exactly as printed. The tests then follow the section's other commands on that clone.
/// Packing is the slow part (a Release build from nothing), so it happens here once, not per test.
/// </summary>
public sealed partial class ReadmeInstall : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("sensoa-flags-install-");

    public ReadmeInstall()
    {
        var blocks = CodeBlocks(File.ReadAllText(Path.Combine(RepositoryFolder.Root, "README.md")));
        PackCommands = Block(blocks, "dotnet pack");
        ToolCommands = Block(blocks, "dotnet tool install");
        ProjectCommands = Block(blocks, "dotnet new console");

        Clone = Path.Combine(work.FullName, "sensoa-flags");
        CloneWorkingTree(RepositoryFolder.Root, Clone);

        // Packages from nuget.org never change, so the packing restores from the usual cache (NUGET_PACKAGES when CI
        // sets it). Whatever consumes the packed packages gets a cache of its own (Consumer): a build of another commit
        // can have the same version number, and a cached copy of it must never be what is tested.
        foreach (var line in PackCommands)
        {
            DotnetProcess.Shell(Clone, line);
        }

        Consumer = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work.FullName, "packages") };
    }

    /// <summary>Gets the folder of the fresh clone, where the README's commands run.</summary>
    public string Clone { get; }

    /// <summary>Gets the folder that the tests may use for their own files (beside the clone, as the README's <c>../MyApp</c>).</summary>
    public string Work => work.FullName;

    /// <summary>Gets the environment for commands that consume the packed packages: a package cache of their own.</summary>
    public IReadOnlyDictionary<string, string> Consumer { get; }

    /// <summary>Gets the lines of the README's pack block.</summary>
    public IReadOnlyList<string> PackCommands { get; }

    /// <summary>Gets the lines of the README's tool block.</summary>
    public IReadOnlyList<string> ToolCommands { get; }

    /// <summary>Gets the lines of the README's block that adds the package to a project.</summary>
    public IReadOnlyList<string> ProjectCommands { get; }

    /// <summary>Gets the version of the packed package file whose name starts with <paramref name="id"/> and a dot.</summary>
    public string PackedVersion(string id)
    {
        var files = Directory.GetFiles(Path.Combine(Clone, "artifacts"), id + ".*.nupkg")
            .Select(Path.GetFileName)
            .Where(name => Regex.IsMatch(name!, "^" + Regex.Escape(id) + @"\.\d", RegexOptions.IgnoreCase))
            .ToList();
        files.Should().ContainSingle($"one {id} package was packed");
        return files[0]![(id.Length + 1)..^".nupkg".Length];
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
        catch (UnauthorizedAccessException)
        {
            // Nor is one that a child process still holds.
        }
    }

    /// <summary>The <c>sh</c> code blocks of the README's "Install" section, each as its command lines.</summary>
    private static List<List<string>> CodeBlocks(string readme)
    {
        var start = readme.IndexOf("\n## Install\n", StringComparison.Ordinal);
        start.Should().BePositive("the README has an Install section");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var section = readme[start..(end < 0 ? readme.Length : end)];
        return ShellBlock().Matches(section)
            .Select(m => m.Groups[1].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList())
            .ToList();
    }

    private static List<string> Block(List<List<string>> blocks, string firstCommand)
    {
        var block = blocks.SingleOrDefault(b => b[0].StartsWith(firstCommand, StringComparison.Ordinal));
        block.Should().NotBeNull($"the README's Install section has a block starting with '{firstCommand}'");
        return block!;
    }

    /// <summary>A clone of the repository at HEAD with the working tree's changes, additions and deletions copied over.</summary>
    private static void CloneWorkingTree(string repository, string clone)
    {
        Git(repository, "clone", "--quiet", "--no-checkout", repository, clone);
        Git(clone, "checkout", "--quiet", "--detach", Git(repository, "rev-parse", "HEAD").Trim());
        foreach (var path in Lines(Git(repository, "ls-files", "-z", "--modified", "--others", "--exclude-standard")))
        {
            var target = Path.Combine(clone, path);
            if (File.Exists(Path.Combine(repository, path)))
            {
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(Path.Combine(repository, path), target, overwrite: true);
            }
        }

        foreach (var path in Lines(Git(repository, "ls-files", "-z", "--deleted")))
        {
            File.Delete(Path.Combine(clone, path));
        }
    }

    private static string[] Lines(string zeroSeparated) => zeroSeparated.Split('\0', StringSplitOptions.RemoveEmptyEntries);

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"git {string.Join(' ', arguments)} failed: {error.Result}");
        return output;
    }

    [GeneratedRegex(@"```sh\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex ShellBlock();
}
