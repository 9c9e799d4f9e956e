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
