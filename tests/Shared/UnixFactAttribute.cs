namespace Sensoa.Flags.Testing;

/// <summary>
/// A test of what only a Unix file system has (FIFOs, device nodes such as <c>/dev/zero</c>, symbolic links without
/// privileges, inode identities): reported as skipped on Windows, never passed without running.
/// </summary>
internal sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (FIFOs, device nodes, symbolic links)";
        }
    }
}
