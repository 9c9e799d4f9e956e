using System.Text;

namespace Sensoa.Flags.Procedures.Files;

/// <summary>
/// Writing and guarding case files (logbooks, workflow states, reports): only regular files are read or replaced, a
/// replacement goes through a temporary file that is flushed and renamed into place, and the directory is flushed after.
/// The command line saves workflow states and reports with it; an application can save its own case files the same way.
/// </summary>
public static class CaseFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Refuses a path that names something other than a regular file or nothing (a directory, a FIFO, a device).</summary>
    internal static void RefuseSpecial(string fullPath)
    {
        var kind = FileStatus.Of(fullPath);
        if (kind is FileKind.Directory or FileKind.Special)
        {
            throw new IOException(Refusal(kind));
        }
    }

    /// <summary>Refuses an open handle that is not a regular file (it was swapped after the path was checked).</summary>
    internal static void RefuseSpecial(FileStream stream, string fullPath)
    {
        var kind = FileStatus.Of(stream.SafeFileHandle);
        if (kind != FileKind.Regular)
        {
            throw new IOException(Refusal(kind) + $" ('{Path.GetFileName(fullPath)}')");
        }
    }

    /// <summary>Whether a failed write failed for want of space (ENOSPC, EDQUOT; ERROR_DISK_FULL, ERROR_HANDLE_DISK_FULL).</summary>
    internal static bool IsDiskFull(IOException ex) =>
        OperatingSystem.IsWindows() ? (ex.HResult & 0xFFFF) is 0x70 or 0x27 : ex.HResult is 28 or 122 || ex.Message.Contains("No space left", StringComparison.Ordinal);

    /// <summary>Flushes the directory that holds a file, so that a new name in it survives a power cut.</summary>
    internal static void FlushDirectory(string fullPath) =>
        FileStatus.FlushDirectory(Path.GetDirectoryName(fullPath) ?? ".");

    /// <summary>
    /// Replaces the file at the path with the text (UTF-8), or leaves it as it was: only a regular file or a free path is
    /// written (a symbolic link, a directory, a FIFO or a device node is refused, so nothing is written through or over it).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="contents">The whole new content.</param>
    /// <exception cref="IOException">The path is refused, or the write failed (the message says "disk full" for a full disk); the file is as it was.</exception>
    public static void Replace(string path, string contents)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(contents);
        var (full, kind, directory, temporary) = Beside(path);
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(Utf8.GetBytes(contents));
                stream.Flush(flushToDisk: true);
            }

            MoveIntoPlace(temporary, full, kind);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            if (ex is IOException io && IsDiskFull(io))
            {
                throw new IOException("disk full: nothing was written, and the file is as it was", ex);
            }

            throw;
        }

        FileStatus.FlushDirectory(directory);
    }

    /// <summary>
    /// Replaces the file at the path with what <paramref name="write"/> writes, or leaves it as it was: the content goes
    /// to a temporary file beside it, which is flushed to disk and renamed into place only when everything was written
    /// (as <see cref="Replace(string, string)"/>, for output too large to hold in memory). On any failure, and on
    /// cancellation, the temporary file is removed and the file is untouched.
    /// </summary>
    /// <param name="path">The file: a regular file or a free path (a symbolic link, a directory, a FIFO or a device node is refused).</param>
    /// <param name="write">Writes the whole new content to the stream it is given.</param>
    /// <param name="cancellationToken">Stops the write; nothing is replaced.</param>
    /// <returns>A task that completes once the file is replaced and the rename is on disk.</returns>
    /// <exception cref="IOException">The path is refused, or the write failed (the message says "disk full" for a full disk); the file is as it was.</exception>
    public static async Task ReplaceAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var (full, kind, directory, temporary) = Beside(path);
        try
        {
            var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            cancellationToken.ThrowIfCancellationRequested();
            MoveIntoPlace(temporary, full, kind);
        }
        catch (IOException ex) when (IsDiskFull(ex))
        {
            TryDelete(temporary);
            throw new IOException("disk full: nothing was written, and the file is as it was", ex);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }

        FileStatus.FlushDirectory(directory);
    }

    /// <summary>The full path, what is there now (refused unless a regular file or nothing), its folder, and a free temporary name beside it.</summary>
    private static (string Full, FileKind Kind, string Directory, string Temporary) Beside(string path)
    {
        var full = Path.GetFullPath(path);
        var kind = FileStatus.Of(full);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw new IOException(Refusal(kind));
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        return (full, kind, directory, Path.Combine(directory, "." + Path.GetFileName(full) + ".tmp-" + Guid.NewGuid().ToString("N")[..12]));
    }

    /// <summary>Renames the written temporary file over the path, keeping the old file's mode.</summary>
    private static void MoveIntoPlace(string temporary, string full, FileKind kind)
    {
        if (kind == FileKind.Regular && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
        }

        // Checked again just before the rename: a FIFO or link put there meanwhile is refused, not replaced.
        kind = FileStatus.Of(full);
        if (kind is not (FileKind.Missing or FileKind.Regular))
        {
            throw new IOException(Refusal(kind));
        }

        File.Move(temporary, full, overwrite: true);
    }

    /// <summary>
    /// Opens a file to read, only when it is a regular file (also through a symbolic link to one): a directory, a FIFO or
    /// a device node is refused before it is opened, so that reading never waits for a writer that does not come or reads
    /// a device that never ends (<c>/dev/zero</c>).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="options">How to open it, e.g. <see cref="FileOptions.Asynchronous"/>.</param>
    /// <returns>The stream, to read from the start.</returns>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="IOException">The path is not a regular file, or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static FileStream OpenRead(string path, FileOptions options = FileOptions.None)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Target(Path.GetFullPath(path));
        var kind = FileStatus.Of(target);
        if (kind == FileKind.Missing)
        {
            throw new FileNotFoundException("no such file", path);
        }

        RefuseSpecial(target);
        var stream = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, options);
        try
        {
            RefuseSpecial(stream, target);
            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the path names the file that is open (the same device and inode, through symbolic and hard links alike),
    /// so that a command can refuse to write its output over its own input. On Windows, where the library reads no file
    /// identities, it cannot tell and answers false.
    /// </summary>
    /// <param name="open">The open file, e.g. the input (standard input too, when it was redirected from a file).</param>
    /// <param name="path">The path to compare, e.g. the output; false when nothing is there.</param>
    /// <returns>Whether they are the same file.</returns>
    public static bool IsSameFile(Microsoft.Win32.SafeHandles.SafeFileHandle open, string path)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Target(Path.GetFullPath(path));
        if (FileStatus.Of(target) == FileKind.Missing)
        {
            return false;
        }

        return FileStatus.Identity(open) is { } held && FileStatus.Identity(target) == held;
    }

    /// <summary>The file a path finally names: the path itself, or the last target of its chain of symbolic links.</summary>
    private static string Target(string full) =>
        FileStatus.Of(full) == FileKind.SymbolicLink ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full : full;

    /// <summary>
    /// Replaces the file only if it still holds <paramref name="expected"/>, under the file's lock, so that of two
    /// processes that read the same file and write their change, the second finds it changed and writes nothing.
    /// </summary>
    /// <param name="path">The file, which must exist.</param>
    /// <param name="expected">The bytes the file held when it was read.</param>
    /// <param name="contents">The whole new content.</param>
    /// <returns>False when the file changed since <paramref name="expected"/> was read; nothing was written.</returns>
    /// <exception cref="IOException">The path is refused, or the write failed; the file is as it was.</exception>
    public static bool ReplaceIfUnchanged(string path, ReadOnlySpan<byte> expected, string contents)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(contents);
        var full = Path.GetFullPath(path);
        var kind = FileStatus.Of(full);
        if (kind == FileKind.Missing)
        {
            return false;
        }

        if (kind != FileKind.Regular)
        {
            throw new IOException(Refusal(kind));
        }

        using var stream = new FileStream(full, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        RefuseSpecial(stream, full);
        using (FileLock.Acquire(stream))
        {
            // The lock is on the file that was opened; a writer before us may have renamed another file into its place.
            if (FileStatus.Identity(stream.SafeFileHandle) is { } held && FileStatus.Identity(full) != held)
            {
                return false;
            }

            if (stream.Length != expected.Length)
            {
                return false;
            }

            var current = new byte[expected.Length];
            stream.ReadExactly(current);
            if (!expected.SequenceEqual(current))
            {
                return false;
            }

            Replace(full, contents);
            return true;
        }
    }

    private static string Refusal(FileKind kind) => kind switch
    {
        FileKind.SymbolicLink => "the path is a symbolic link: write to the file itself, or to a new path",
        FileKind.Directory => "the path is a directory",
        _ => "the path is not a regular file (a FIFO, a device or a socket)",
    };

    private static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The target was not touched; a stray temporary file is all that is left.
        }
    }
}
