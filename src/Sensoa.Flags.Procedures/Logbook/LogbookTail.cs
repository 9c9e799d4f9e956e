using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// What an append needs of the logbook, read from its two ends only: the first bytes (to refuse a logbook that is not
/// UTF-8) and the last line, whose hash and sequence the new entry continues. Reading the whole chain on every append cost
/// seconds on a million entries; the full check is <c>verify</c>'s job, and an append cannot hide what it finds, because
/// it never rewrites a line: an entry edited or removed earlier breaks the chain at the same place after the append.
/// </summary>
internal static class LogbookTail
{
    private const int Block = 16 * 1024;

    /// <summary>
    /// Reads the head and the last line of the logbook; null when either is not as an append needs it (not UTF-8, a last
    /// line that is no entry or does not match its own hash, a last line longer than <see cref="LogbookCanonical.MaxLineBytes"/>),
    /// so that the caller reads the whole logbook to name the problems. At most a few bytes plus the last line are read.
    /// </summary>
    public static Tail? Read(Stream stream)
    {
        var length = stream.Length;
        if (length == 0)
        {
            return new Tail(LogbookCanonical.GenesisHash, 0, EndsWithLineEnd: true, LastTimestamp: null);
        }

        Span<byte> start = stackalloc byte[4];
        stream.Position = 0;
        var startLength = stream.ReadAtLeast(start, (int)Math.Min(start.Length, length), throwOnEndOfStream: false);
        if (start[..startLength] is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..] || start[..startLength].IndexOf((byte)0) >= 0)
        {
            return null;
        }

        var endsWithLineEnd = ByteAt(stream, length - 1) == (byte)'\n';
        var lineEnd = endsWithLineEnd ? length - 1 : length;
        if (LastLine(stream, lineEnd) is not { } line)
        {
            return null;
        }

        var utf8 = line.AsSpan();
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        if (!utf8.IsEmpty && utf8[^1] == (byte)'\r')
        {
            utf8 = utf8[..^1];
        }

        if (utf8.IndexOf((byte)0) >= 0)
        {
            return null;
        }

        var errors = new ErrorCollector();
        var entry = LogbookLineReader.Read(utf8, errors);
        return errors.HasErrors || entry is null || LogbookCanonical.Hash(entry) != entry.Hash
            ? null
            : new Tail(entry.Hash, entry.Sequence, endsWithLineEnd, entry.Timestamp);
    }

    /// <summary>The bytes from the line end before <paramref name="end"/> (or the file's start) to it; null when longer than a line may be.</summary>
    private static byte[]? LastLine(Stream stream, long end)
    {
        // Backwards one block at a time: a line is a few hundred bytes, so one block nearly always holds it.
        var buffer = new byte[Block];
        var from = end;
        while (from > 0)
        {
            var size = (int)Math.Min(Block, from);
            from -= size;
            stream.Position = from;
            stream.ReadExactly(buffer, 0, size);
            var newline = buffer.AsSpan(0, size).LastIndexOf((byte)'\n');
            if (newline >= 0)
            {
                from += newline + 1;
                break;
            }

            if (end - from > LogbookCanonical.MaxLineBytes)
            {
                return null;
            }
        }

        if (end - from > LogbookCanonical.MaxLineBytes)
        {
            return null;
        }

        var line = new byte[end - from];
        stream.Position = from;
        stream.ReadExactly(line);
        return line;
    }

    private static int ByteAt(Stream stream, long position)
    {
        stream.Position = position;
        return stream.ReadByte();
    }

    /// <summary>What the next entry continues: the chain's head and last sequence number, and how the file ends.</summary>
    /// <param name="Head">The hash of the last entry, or the genesis hash when there is none.</param>
    /// <param name="LastSequence">The sequence number of the last entry, or 0.</param>
    /// <param name="EndsWithLineEnd">Whether the file is empty or ends with a line end, so that an append starts on a line of its own.</param>
    /// <param name="LastTimestamp">When the last entry was written (the latest, when the whole logbook was read); null when there is none.</param>
    internal sealed record Tail(string Head, long LastSequence, bool EndsWithLineEnd, DateTimeOffset? LastTimestamp);
}
