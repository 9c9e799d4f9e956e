namespace Sensoa.Flags.Cli.Tests;

/// <summary>The shipped procedure files (samples/procedures), copied beside the tests, and a fresh folder per test to write in.</summary>
internal static class ProcedureFiles
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "procedures");

    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary>A fresh temporary directory for one test; the shipped files are never written.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "sensoa-cli-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
