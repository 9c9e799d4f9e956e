namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>Where the tests leave what a person would look at: <c>artifacts/web</c> in the repository (or <c>SENSOA_ARTIFACTS</c>).</summary>
public static class Artifacts
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var folder = Environment.GetEnvironmentVariable("SENSOA_ARTIFACTS") ?? Path.Combine(Repository.Root, "artifacts", "web");
        System.IO.Directory.CreateDirectory(folder);
        return folder;
    });

    public static string Directory => Folder.Value;
}
