namespace Sensoa.Flags.Testing;

/// <summary>The repository a test runs in, found from the test's output folder; linked into each test project that reads checked-in files.</summary>
internal static class RepositoryFolder
{
    /// <summary>Gets the repository root: the folder holding <c>Sensoa.Flags.slnx</c>.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sensoa.Flags.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Sensoa.Flags.slnx not found above " + AppContext.BaseDirectory);
    }
}
