using System.Diagnostics;
using System.Text;

namespace Sensoa.Flags.Api.Tests.Clients;

/// <summary>What the generated-client tests share: where the repository is, running a tool, the flags to expect.</summary>
internal static class ClientTools
{
    /// <summary>How long one tool run (a restore, a generator, a compiler, a test run) may take before the test fails.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    /// <summary>Gets the repository's root: the folder with the tool manifest (.config/dotnet-tools.json).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Cases => Path.Combine(RepositoryRoot, "samples", "cases");

    /// <summary>Whether <paramref name="tool"/> is a file on the PATH.</summary>
    public static bool OnPath(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Any(folder => folder.Length > 0 && File.Exists(Path.Combine(folder, tool)));

    /// <summary>Runs a tool to its end; its exit code and everything it printed.</summary>
    public static async Task<(int Code, string Output)> RunAsync(string file, IEnumerable<string> arguments, string workingDirectory, IDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} ran longer than {Patience}");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>"file: flag,flag" for every shipped case, as the library assesses it (none for a behaviour without a flag).</summary>
    public static Dictionary<string, string> ExpectedFlags(IFlagAssessor assessor) =>
        Directory.GetFiles(Cases, "*.json").Order(StringComparer.Ordinal).ToDictionary(
            f => Path.GetFileName(f),
            f => string.Join(",", assessor.AssessJson(File.ReadAllBytes(f)).Assessment!.Behaviours.Select(b => b.Flag?.ToString().ToLowerInvariant() ?? "none")));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, ".config", "dotnet-tools.json")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("no .config/dotnet-tools.json above " + AppContext.BaseDirectory);
    }
}

/// <summary>A test that needs npm: skipped, saying so, on a machine without it.</summary>
internal sealed class NpmFactAttribute : FactAttribute
{
    public NpmFactAttribute()
    {
        if (!ClientTools.OnPath("npm") || !ClientTools.OnPath("node"))
        {
            Skip = "npm and node are not on this machine";
        }
    }
}
