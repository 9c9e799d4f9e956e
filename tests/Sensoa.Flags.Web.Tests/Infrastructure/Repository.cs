namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>The repository the tests run from: the folder above the test assembly that holds the solution.</summary>
public static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Sensoa.Flags.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("the tests do not run inside the repository");
    });

    public static string Root => Found.Value;

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);
}
