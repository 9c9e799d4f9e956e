using System.Diagnostics;

namespace Sensoa.Flags.IntegrationTests.Repository;

/// <summary>
/// The files of the repository as git tracks them (what a clone ships), or, where git or the .git folder is missing
/// (a source archive), every file under the root except build output.
/// </summary>
internal static class TrackedFiles
{
    private static readonly string[] BuildFolders = ["bin", "obj", ".git", "artifacts", "TestResults", "BenchmarkDotNet.Artifacts"];

    /// <summary>Gets the paths relative to the repository root, with forward slashes, in ordinal order.</summary>
    public static IReadOnlyList<string> List(string root)
    {
        var files = FromGit(root) ?? FromTree(root);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static List<string>? FromGit(string root)
    {
        if (!Directory.Exists(Path.Combine(root, ".git")) && !File.Exists(Path.Combine(root, ".git")))
        {
            return null;
        }

        try
        {
            var start = new ProcessStartInfo("git", ["-C", root, "ls-files", "-z"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var git = Process.Start(start)!;
            var output = git.StandardOutput.ReadToEnd();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? [.. output.Split('\0', StringSplitOptions.RemoveEmptyEntries)] : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // No git on the machine: read the tree instead.
            return null;
        }
    }

    private static List<string> FromTree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => BuildFolders.Contains(part, StringComparer.Ordinal)))
            .ToList();
}
