namespace Sensoa.Flags.Testing;

/// <summary>
/// A test that mounts a small file system to fill it (a full disk, <see cref="SmallFileSystem"/>): it needs root on Linux
/// (the CI runs as root) and is reported as skipped anywhere else, never passed without running.
/// </summary>
internal sealed class RootFactAttribute : FactAttribute
{
    public RootFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess)
        {
            Skip = "needs root on Linux: it mounts a small tmpfs and fills it";
        }
    }
}
