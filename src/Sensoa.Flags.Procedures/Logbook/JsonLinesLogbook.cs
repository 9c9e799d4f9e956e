using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Files;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>The evidence logbook over a JSON Lines file.</summary>
/// <remarks>
/// An append is all or nothing and one at a time: the file is locked (across processes) from reading its last line to the
/// durable write, reads only the ends of the file (see <see cref="LogbookTail"/>), the new line goes out in one write and is flushed to disk, and if the write fails (a full disk) the file
/// is cut back to its previous length. The file is read as UTF-8 only, as bytes, one line of at most
/// <see cref="LogbookCanonical.MaxLineBytes"/> at a time.
/// </remarks>
/// <param name="time">The clock that stamps new entries.</param>
/// <param name="writeThrough">In tests, a stream the append writes through (to make a write fail halfway).</param>
/// <param name="readThrough">In tests, a stream the append reads through (to count what it reads).</param>
internal sealed class JsonLinesLogbook(TimeProvider time, Func<Stream, Stream>? writeThrough = null, Func<Stream, Stream>? readThrough = null) : IEvidenceLogbook
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public LogbookAppendResult Append(string path, NewLogbookEntry entry)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(entry);
        var errors = Validate(entry);
        if (entry.OccurredAt > time.GetUtcNow())
        {
            errors.Add(new("$.occurredAt", ValidationCodes.Invalid, "after the moment the entry is written: an incident is recorded once it happened"));
        }

        if (errors.Count > 0)
        {
            return new(null, errors, []);
        }

        var full = Path.GetFullPath(path);
        CaseFile.RefuseSpecial(full);
        var created = !File.Exists(full);
        using var stream = new FileStream(full, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
        CaseFile.RefuseSpecial(stream, full);
        using (FileLock.Acquire(stream))
        {
            var reading = readThrough?.Invoke(stream) ?? stream;
            var tail = LogbookTail.Read(reading);
            if (tail is null)
            {
                // The end is not as an append needs it: the whole logbook is read to name what is wrong, line by line.
                reading.Position = 0;
                var lines = new LogbookLines(keepEntries: false);
                var existing = lines.Read(reading);
                if (!existing.IsIntact)
                {
                    return new(null, [], existing.Problems);
                }

                tail = new LogbookTail.Tail(lines.Head, lines.LastSequence, lines.EndsWithLineEnd);
            }

            var now = time.GetLocalNow();
            var written = new LogbookEntry
            {
                Sequence = tail.LastSequence + 1,
                Timestamp = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), now.Offset),
                OccurredAt = entry.OccurredAt is { } occurred ? new DateTimeOffset(occurred.Ticks - (occurred.Ticks % TimeSpan.TicksPerMillisecond), occurred.Offset) : null,
                Channel = entry.Channel,
                Description = entry.Description,
                Attachments = entry.Attachments.ToArray(),
                PreviousHash = tail.Head,
                Hash = string.Empty,
            };
            written = written with { Hash = LogbookCanonical.Hash(written) };
            var bytes = Utf8.GetBytes((tail.EndsWithLineEnd ? string.Empty : "\n") + LogbookCanonical.Line(written) + "\n");
            Write(stream, bytes);
            if (created)
            {
                CaseFile.FlushDirectory(full);
            }

            return new(written, [], []);
        }
    }

    public LogbookVerification Verify(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var full = Path.GetFullPath(path);
        CaseFile.RefuseSpecial(full);
        using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1);
        CaseFile.RefuseSpecial(stream, full);

        // Shared with other readers, but not with an append half done.
        using (FileLock.Acquire(stream))
        {
            return new LogbookLines(keepEntries: true).Read(stream);
        }
    }

    public LogbookVerification Verify(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return new LogbookLines(keepEntries: true).Read(reader);
    }

    /// <summary>Appends the line and flushes it to disk; on failure cuts the file back, so that it is exactly as it was.</summary>
    private void Write(FileStream stream, byte[] bytes)
    {
        var length = stream.Length;
        try
        {
            stream.Position = length;
            var target = writeThrough?.Invoke(stream) ?? stream;
            target.Write(bytes);
            target.Flush();
            stream.Flush(flushToDisk: true);
        }
        catch (IOException ex)
        {
            try
            {
                stream.SetLength(length);
                stream.Flush(flushToDisk: true);
            }
            catch (IOException)
            {
                // The cut failed too: say so, for the file may now end in part of a line.
                throw new IOException("the write failed and the logbook could not be restored; keep it as it is and report it", ex);
            }

            throw new IOException(CaseFile.IsDiskFull(ex)
                ? "disk full: nothing was appended, and the logbook is as it was"
                : "the write failed: nothing was appended, and the logbook is as it was", ex);
        }
    }

    private static List<ValidationError> Validate(NewLogbookEntry entry)
    {
        var errors = new List<ValidationError>();
        Text(errors, "$.channel", entry.Channel, LogbookCanonical.MaxChannelLength);
        Text(errors, "$.description", entry.Description, Limits.MaxDescriptionLength);
        if (entry.Attachments is null)
        {
            errors.Add(new("$.attachments", ValidationCodes.Required, "required"));
            return errors;
        }

        if (entry.Attachments.Count > LogbookCanonical.MaxAttachments)
        {
            errors.Add(new("$.attachments", ValidationCodes.TooLarge, $"{entry.Attachments.Count} attachments; the limit is {LogbookCanonical.MaxAttachments}"));
        }

        for (var index = 0; index < entry.Attachments.Count; index++)
        {
            var at = JsonPaths.Index("$.attachments", index);
            var attachment = entry.Attachments[index];
            Text(errors, at + ".fileName", attachment?.FileName, LogbookCanonical.MaxFileNameLength);
            if (attachment?.Sha256 is not { } hash || !LogbookLineReader.IsHash(hash))
            {
                errors.Add(new(at + ".sha256", ValidationCodes.Invalid, "expected a SHA-256 as 64 lowercase hex digits"));
            }
        }

        return errors;
    }

    private static void Text(List<ValidationError> errors, string path, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new(path, ValidationCodes.Required, "required, and not empty"));
        }
        else if (value.Length > maxLength)
        {
            errors.Add(new(path, ValidationCodes.TooLarge, $"{value.Length} characters; the limit is {maxLength}"));
        }
    }
}
