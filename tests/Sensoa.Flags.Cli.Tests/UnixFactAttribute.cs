namespace Sensoa.Flags.Cli.Tests;

/// <summary>
/// A test of what only a Unix file system has (FIFOs, <c>/dev/zero</c>, symbolic links without privileges, a shell's
/// redirection): reported as skipped on Windows, never passed without running.
/// </summary>
public sealed class UnixFactAttribute : FactAttribute
{
    public UnixFactAttribute()
    {
        if (OperatingSystem.IsWindows())
        {
            Skip = "needs a Unix file system (FIFOs, devices, symbolic links, /bin/sh)";
        }
    }
}
