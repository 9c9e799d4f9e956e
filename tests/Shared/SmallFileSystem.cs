using System.Diagnostics;

namespace Sensoa.Flags.Testing;

/// <summary>
/// A 64 KiB tmpfs mounted in a test's folder, for what a full disk does to a write. Only where the machine lets a test
/// mount one (root on Linux; the CI runs as root): a test that mounts one is a <see cref="RootFactAttribute"/>, skipped
/// visibly elsewhere. Linked into each test project that writes files, so the mount, the fill and the unmount are
/// written once.
/// </summary>
internal sealed class SmallFileSystem : IDisposable
{
    private SmallFileSystem(string path) => Path = path;

    /// <summary>Gets the mounted folder.</summary>
    public string Path { get; }

    /// <summary>Mounts a small file system in <c>small</c> under <paramref name="directory"/>, or gives null where that is not allowed.</summary>
    public static SmallFileSystem? TryMount(string directory)
    {
        var mount = System.IO.Path.Combine(directory, "small");
        Directory.CreateDirectory(mount);
        return OperatingSystem.IsLinux() && Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount) ? new SmallFileSystem(mount) : null;
    }

    /// <summary>Fills the file system with a file named <c>filler</c> until a write fails.</summary>
    public void Fill()
    {
        using var filler = new FileStream(System.IO.Path.Combine(Path, "filler"), FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
        var block = new byte[512];
        try
        {
            while (true)
            {
                filler.Write(block);
                filler.Flush();
            }
        }
        catch (IOException)
        {
            // The file system is full.
        }
    }

    /// <summary>Unmounts it; fails the test when that fails.</summary>
    public void Dispose()
    {
        if (!Run("umount", Path))
        {
            throw new InvalidOperationException($"could not unmount {Path}");
        }
    }

    private static bool Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
