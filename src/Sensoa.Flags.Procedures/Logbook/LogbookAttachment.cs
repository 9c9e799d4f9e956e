using System.Security.Cryptography;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>Evidence kept beside the logbook (a screenshot, an exported chat), named and pinned by the SHA-256 of its content.</summary>
/// <param name="FileName">The file's name, as the professional keeps it.</param>
/// <param name="Sha256">The SHA-256 of the file's content, 64 lowercase hex digits.</param>
public sealed record LogbookAttachment(string FileName, string Sha256)
{
    /// <summary>Pins a file by hashing its content.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="content">The file's content.</param>
    /// <returns>The attachment.</returns>
    public static LogbookAttachment FromContent(string fileName, ReadOnlySpan<byte> content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return new(fileName, Convert.ToHexStringLower(SHA256.HashData(content)));
    }

    /// <summary>
    /// Pins a file by hashing its content, read from disk as it streams (a screenshot or an export may be large). Only a
    /// regular file is read (also through a symbolic link to one): a directory, a FIFO or a device (<c>/dev/zero</c>, which
    /// never ends) is refused at once, before it is opened.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The attachment, named by the file's name without its folder.</returns>
    /// <exception cref="IOException">The file is missing (<see cref="FileNotFoundException"/>), is not a regular file, or cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file may not be read.</exception>
    public static LogbookAttachment FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        var target = Files.FileStatus.Of(full) == Files.FileKind.SymbolicLink
            ? new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full
            : full;
        if (Files.FileStatus.Of(target) == Files.FileKind.Missing)
        {
            throw new FileNotFoundException("no such file", path);
        }

        Files.CaseFile.RefuseSpecial(target);
        using var content = new FileStream(target, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 64 * 1024);
        Files.CaseFile.RefuseSpecial(content, target);
        return FromStream(Path.GetFileName(full), content);
    }

    /// <summary>Pins a file by hashing its content, read from a stream to its end.</summary>
    /// <param name="fileName">The file's name.</param>
    /// <param name="content">The file's content.</param>
    /// <returns>The attachment.</returns>
    public static LogbookAttachment FromStream(string fileName, Stream content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        return new(fileName, Convert.ToHexStringLower(SHA256.HashData(content)));
    }
}
