using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Sensoa.Flags.Procedures.Files;

/// <summary>
/// The kind and identity of a file, without following a link. .NET's public file API reports a FIFO or a device node as
/// a normal file (<see cref="FileAttributes"/> has no such kind on Unix, <see cref="File.GetUnixFileMode(string)"/> gives
/// the permission bits only) and gives no inode, and it cannot open a directory to flush it. So on Unix this asks the C
/// library itself, through calls whose structures are fixed by the operating system: <c>statx</c> on Linux (one layout on
/// every architecture; glibc 2.28 and musl 1.2.5 or later), <c>lstat</c>/<c>fstat</c> on macOS (the 64-bit-inode
/// layout, the same on x64 and arm64; not run here, where the tests run on Linux), and <c>open</c>/<c>fsync</c>/<c>close</c>.
/// It used to call the runtime's own <c>libSystem.Native</c>, whose exports are internal to .NET and may change with any
/// release without notice.
/// </summary>
internal static partial class FileStatus
{
    private const int TypeMask = 0xF000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;
    private const int Link = 0xA000;

    private const int NoSuchFile = 2;
    private const int NotADirectory = 20;

    /// <summary>What the path names; a link is reported as a link, not as what it points to.</summary>
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            var info = new FileInfo(path);
            if (!info.Exists && !System.IO.Directory.Exists(path))
            {
                return FileKind.Missing;
            }

            var attributes = File.GetAttributes(path);
            return attributes.HasFlag(FileAttributes.ReparsePoint) ? FileKind.SymbolicLink
                : attributes.HasFlag(FileAttributes.Directory) ? FileKind.Directory
                : attributes.HasFlag(FileAttributes.Device) ? FileKind.Special
                : FileKind.Regular;
        }

        if (Stat(path) is not { } status)
        {
            return Marshal.GetLastPInvokeError() is NoSuchFile or NotADirectory ? FileKind.Missing : throw new IOException($"cannot inspect '{path}'");
        }

        return Kind(status.Mode);
    }

    /// <summary>What an open handle is; regular files only are read or written as case files.</summary>
    public static FileKind Of(SafeFileHandle handle)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.GetAttributes(handle).HasFlag(FileAttributes.Directory) ? FileKind.Directory : FileKind.Regular;
        }

        return Stat(handle) is { } status ? Kind(status.Mode) : throw new IOException("cannot inspect an open file");
    }

    /// <summary>The device and inode of a path (not following a link), to tell whether it still names the file that was opened.</summary>
    public static (long Device, long Inode)? Identity(string path) =>
        !OperatingSystem.IsWindows() && Stat(path) is { } status ? (status.Device, status.Inode) : null;

    /// <summary>The device and inode of an open handle.</summary>
    public static (long Device, long Inode)? Identity(SafeFileHandle handle) =>
        !OperatingSystem.IsWindows() && Stat(handle) is { } status ? (status.Device, status.Inode) : null;

    /// <summary>
    /// Flushes a directory's entries to disk, so that a file just renamed into it survives a power cut. .NET cannot open a
    /// directory, so this calls the C library too; on Windows a rename is made durable by the file system's own journal
    /// and there is nothing to do.
    /// </summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const int ReadOnly = 0;
        var closeOnExec = OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;
        var fd = Native.Open(directory, ReadOnly | closeOnExec);
        if (fd < 0)
        {
            throw new IOException($"cannot open the directory '{directory}' to flush it");
        }

        try
        {
            if (Native.FSync(fd) != 0)
            {
                throw new IOException($"cannot flush the directory '{directory}' to disk");
            }
        }
        finally
        {
            _ = Native.Close(fd);
        }
    }

    private static FileKind Kind(int mode) => (mode & TypeMask) switch
    {
        RegularType => FileKind.Regular,
        DirectoryType => FileKind.Directory,
        Link => FileKind.SymbolicLink,
        _ => FileKind.Special, // a FIFO, a character or block device, a socket
    };

    private static Status? Stat(string path)
    {
        var buffer = default(StatBuffer);
        int result;
        if (OperatingSystem.IsMacOS())
        {
            result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? Native.LStatX64Mac(path, out buffer) : Native.LStatMac(path, out buffer);
        }
        else
        {
            const int AtCurrentDirectory = -100;
            const int AtSymlinkNoFollow = 0x100;
            result = Native.Statx(AtCurrentDirectory, path, AtSymlinkNoFollow, StatxWanted, out buffer);
        }

        return result == 0 ? Read(buffer) : null;
    }

    private static Status? Stat(SafeFileHandle handle)
    {
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            var fd = (int)handle.DangerousGetHandle();
            var buffer = default(StatBuffer);
            int result;
            if (OperatingSystem.IsMacOS())
            {
                result = RuntimeInformation.ProcessArchitecture == Architecture.X64 ? Native.FStatX64Mac(fd, out buffer) : Native.FStatMac(fd, out buffer);
            }
            else
            {
                const int AtEmptyPath = 0x1000;
                result = Native.Statx(fd, string.Empty, AtEmptyPath, StatxWanted, out buffer);
            }

            return result == 0 ? Read(buffer) : null;
        }
        finally
        {
            if (added)
            {
                handle.DangerousRelease();
            }
        }
    }

    /// <summary>STATX_TYPE | STATX_MODE | STATX_INO: the fields read below.</summary>
    private const uint StatxWanted = 0x1 | 0x2 | 0x100;

    /// <summary>The fields this needs, at their offsets in Linux's <c>struct statx</c> or macOS's <c>struct stat</c>.</summary>
    private static Status Read(StatBuffer buffer)
    {
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes<long>(buffer);
        if (OperatingSystem.IsMacOS())
        {
            // dev_t st_dev (int32) at 0, mode_t st_mode (uint16) at 4, ino_t st_ino (uint64) at 8.
            return new Status(MemoryMarshal.Read<ushort>(bytes[4..]), MemoryMarshal.Read<int>(bytes), MemoryMarshal.Read<long>(bytes[8..]));
        }

        // stx_mode (u16) at 28, stx_ino (u64) at 32, stx_dev_major and stx_dev_minor (u32) at 136 and 140.
        var device = ((long)MemoryMarshal.Read<uint>(bytes[136..]) << 32) | MemoryMarshal.Read<uint>(bytes[140..]);
        return new Status(MemoryMarshal.Read<ushort>(bytes[28..]), device, MemoryMarshal.Read<long>(bytes[32..]));
    }

    private readonly record struct Status(int Mode, long Device, long Inode);

    /// <summary>Room for <c>struct statx</c> (256 bytes) and macOS's <c>struct stat</c> (144 bytes).</summary>
    [InlineArray(32)]
    private struct StatBuffer
    {
        private long first;
    }

    private static partial class Native
    {
        [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
        public static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, out StatBuffer output);

        [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
        public static extern int LStatMac([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatBuffer output);

        [DllImport("libc", EntryPoint = "lstat$INODE64", SetLastError = true)]
        public static extern int LStatX64Mac([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out StatBuffer output);

        [DllImport("libc", EntryPoint = "fstat", SetLastError = true)]
        public static extern int FStatMac(int fd, out StatBuffer output);

        [DllImport("libc", EntryPoint = "fstat$INODE64", SetLastError = true)]
        public static extern int FStatX64Mac(int fd, out StatBuffer output);

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        public static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        public static extern int FSync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        public static extern int Close(int fd);
    }
}
