namespace Sensoa.Flags.Procedures.Tests;

/// <summary>The shipped example files under samples/procedures, copied beside the tests.</summary>
internal static class Samples
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "procedures");

    public static string File(string name) => Path.Combine(Directory, name);

    /// <summary>A fresh temporary directory for one test; the shipped files are never written.</summary>
    public static string TempDirectory()
    {
        var path = Path.Combine(Path.GetTempPath(), "sensoa-procedures-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(path);
        return path;
    }
}
