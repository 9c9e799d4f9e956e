using System.Diagnostics;
using System.Text;

namespace Sensoa.Flags.IntegrationTests.Packaging;

/// <summary>Runs a command line in a child process with a clean build environment and a time limit.</summary>
internal static class DotnetProcess
{
    private static readonly TimeSpan StepTimeout = TimeSpan.FromMinutes(8);

    /// <summary>Runs <paramref name="line"/> with bash in <paramref name="directory"/>; fails the test on a non-zero exit.</summary>
    public static string Shell(string directory, string line, IReadOnlyDictionary<string, string>? environment = null) =>
        Start(directory, "bash", ["-euo", "pipefail", "-c", line], environment, expectSuccess: true).Output;

    /// <summary>Runs a program and returns its exit code and combined output.</summary>
    public static (int ExitCode, string Output) Start(string directory, string program, IEnumerable<string> arguments, IReadOnlyDictionary<string, string>? environment = null, bool expectSuccess = false)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
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
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.ErrorDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var what = $"{program} {string.Join(' ', start.ArgumentList)}";
        if (!process.WaitForExit(StepTimeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{what} did not finish within {StepTimeout}:\n{output}");
        }

        process.WaitForExit();
        if (expectSuccess && process.ExitCode != 0)
        {
            Assert.Fail($"{what} in {directory} exited with {process.ExitCode}:\n{output}");
        }

        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }
}
