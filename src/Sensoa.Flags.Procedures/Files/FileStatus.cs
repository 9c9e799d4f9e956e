using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Sensoa.Flags.Procedures.Files;

/// <summary>
/// The kind and identity of a file, without following a link. .NET reports a FIFO or a device node as a normal file, so on
/// Unix this asks the runtime's own native layer (the <c>stat</c> wrapper every .NET file API uses), whose result
/// structure is the same on every Unix the runtime supports.
/// </summary>
internal static partial class FileStatus
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int RegularType = 0x8000;
    private const int Link = 0xA000;

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

        if (Native.LStat(path, out var status) != 0)
        {
            return Marshal.GetLastPInvokeError() is 2 or 20 ? FileKind.Missing : throw new IOException($"cannot inspect '{path}'");
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

        return Native.FStat(handle, out var status) == 0 ? Kind(status.Mode) : throw new IOException("cannot inspect an open file");
    }

    /// <summary>The device and inode of a path (not following a link), to tell whether it still names the file that was opened.</summary>
    public static (long Device, long Inode)? Identity(string path) =>
        !OperatingSystem.IsWindows() && Native.LStat(path, out var status) == 0 ? (status.Dev, status.Ino) : null;

    /// <summary>The device and inode of an open handle.</summary>
    public static (long Device, long Inode)? Identity(SafeFileHandle handle) =>
        !OperatingSystem.IsWindows() && Native.FStat(handle, out var status) == 0 ? (status.Dev, status.Ino) : null;

    /// <summary>
    /// Flushes a directory's entries to disk, so that a file just renamed into it survives a power cut. .NET cannot open a
    /// directory, so this goes through the runtime's native layer too; on Windows a rename is made durable by the file
    /// system's own journal and there is nothing to do.
    /// </summary>
    public static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        const int ReadOnlyCloseOnExec = 0x0010;
        var fd = Native.Open(directory, ReadOnlyCloseOnExec, 0);
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
        Fifo or CharacterDevice => FileKind.Special,
        _ => FileKind.Special,
    };

    /// <summary>The runtime's <c>FileStatus</c> (pal_io.h), with room to spare after it.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Status
    {
        public int Flags;
        public int Mode;
        public uint Uid;
        public uint Gid;
        public long Size;
        public long ATime;
        public long ATimeNsec;
        public long MTime;
        public long MTimeNsec;
        public long CTime;
        public long CTimeNsec;
        public long BirthTime;
        public long BirthTimeNsec;
        public long Dev;
        public long RDev;
        public long Ino;
        public uint UserFlags;
        public Spare Spare;
    }

    [System.Runtime.CompilerServices.InlineArray(16)]
    private struct Spare
    {
        private long first;
    }

    private static partial class Native
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
        public static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, out Status output);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_FStat", SetLastError = true)]
        public static extern int FStat(SafeFileHandle fd, out Status output);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Open", SetLastError = true)]
        public static extern nint Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_FSync", SetLastError = true)]
        public static extern int FSync(nint fd);

        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Close", SetLastError = true)]
        public static extern int Close(nint fd);
    }
}
