using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Files;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Procedures.Localization;

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
            errors.Add(ProcedureTexts.Error("$.occurredAt", ValidationCodes.Invalid, "error.logbook.occurredAfterWritten"));
        }

        if (errors.Count > 0)
        {
            return new(null, errors, []);
        }

        var full = Path.GetFullPath(path);
        for (var attempt = 0; ; attempt++)
        {
            var (stream, created) = Open(full);
            using (stream)
            using (FileLock.Acquire(stream))
            {
                // Another append may have removed the file it created and could not write, while this one waited for the
                // lock on it: the path no longer names the file held, so it is opened again rather than written unseen.
                if (!created && attempt < 3 && FileStatus.Of(full) != FileKind.SymbolicLink
                    && FileStatus.Identity(stream.SafeFileHandle) is { } held && FileStatus.Identity(full) != held)
                {
                    continue;
                }

                try
                {
                    return AppendLocked(stream, full, created, entry);
                }
                catch (IOException) when (created)
                {
                    // A logbook this append created and could not write to (a full disk) is not left behind empty.
                    RemoveIfEmpty(stream, full);
                    throw;
                }
            }
        }
    }

    private LogbookAppendResult AppendLocked(FileStream stream, string full, bool created, NewLogbookEntry entry)
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

            tail = new LogbookTail.Tail(lines.Head, lines.LastSequence, lines.EndsWithLineEnd, lines.LastTimestamp);
        }

        var now = time.GetLocalNow();
        var timestamp = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), now.Offset);
        if (tail.LastSequence == long.MaxValue)
        {
            return new(null, [ProcedureTexts.Error("$.sequence", ValidationCodes.TooLarge, "error.logbook.lastSequence", long.MaxValue)], []);
        }

        if (tail.LastTimestamp is { } last && timestamp < last)
        {
            return new(null, [ProcedureTexts.Error("$.timestamp", ValidationCodes.Invalid, "error.logbook.clockBehind", JsonTimestamps.Write(timestamp), JsonTimestamps.Write(last))], []);
        }

        var written = new LogbookEntry
        {
            Sequence = tail.LastSequence + 1,
            Timestamp = timestamp,
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

    /// <summary>
    /// Opens the logbook for an append: an existing regular file (also through a symbolic link to one), or a new file
    /// created here and only here (never through a link, so a link to nothing does not create its target). Whether this
    /// call created the file is returned, so that a failed first append can remove it again.
    /// </summary>
    private static (FileStream Stream, bool Created) Open(string full)
    {
        for (var attempt = 0; ; attempt++)
        {
            var kind = FileStatus.Of(full);

            // File.Exists is true for a link to nothing (.NET falls back to the link itself): the link's target is asked.
            if (kind == FileKind.SymbolicLink && new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
            {
                throw new IOException("the path is a symbolic link to a file that does not exist: nothing was created; give the logbook itself, or a new path");
            }

            CaseFile.RefuseSpecial(full);
            FileStream stream;
            var created = kind == FileKind.Missing;
            try
            {
                // CreateNew (O_EXCL) neither follows a link nor opens a file another process created meanwhile.
                stream = new FileStream(full, created ? FileMode.CreateNew : FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite, bufferSize: 1);
            }
            catch (IOException) when (attempt < 3 && FileStatus.Of(full) != kind)
            {
                // Created, removed or replaced between the look and the open: look again.
                continue;
            }

            try
            {
                CaseFile.RefuseSpecial(stream, full);
            }
            catch
            {
                stream.Dispose();
                throw;
            }

            return (stream, created);
        }
    }

    /// <summary>Removes a logbook this append created when it is still empty and still the file at the path.</summary>
    private static void RemoveIfEmpty(FileStream stream, string full)
    {
        try
        {
            if (stream.Length == 0 && FileStatus.Identity(stream.SafeFileHandle) is { } held && FileStatus.Identity(full) == held)
            {
                File.Delete(full);
                CaseFile.FlushDirectory(full);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The empty file stays; the append's own error is what matters.
        }
    }

    public LogbookVerification Verify(string path, IEnumerable<LogbookReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        return LogbookReceipts.Check(Verify(path), receipts);
    }

    public LogbookVerification Verify(TextReader reader, IEnumerable<LogbookReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(receipts);
        return LogbookReceipts.Check(Verify(reader), receipts);
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
        Text(errors, "$.description", entry.Description, Limits.MaxDescriptionLength, lines: true);
        if (entry.Attachments is null)
        {
            errors.Add(ProcedureTexts.Error("$.attachments", ValidationCodes.Required, "error.required"));
            return errors;
        }

        if (entry.Attachments.Count > LogbookCanonical.MaxAttachments)
        {
            errors.Add(ProcedureTexts.Error("$.attachments", ValidationCodes.TooLarge, "error.logbook.tooManyAttachments", entry.Attachments.Count, LogbookCanonical.MaxAttachments));
        }

        for (var index = 0; index < entry.Attachments.Count; index++)
        {
            var at = JsonPaths.Index("$.attachments", index);
            var attachment = entry.Attachments[index];
            Text(errors, at + ".fileName", attachment?.FileName, LogbookCanonical.MaxFileNameLength);
            if (attachment?.Sha256 is not { } hash || !LogbookLineReader.IsHash(hash))
            {
                errors.Add(ProcedureTexts.Error(at + ".sha256", ValidationCodes.Invalid, "error.logbook.sha256"));
            }
        }

        return errors;
    }

    /// <summary>
    /// Checks a text: given, not too long, and text a logbook can keep: no unpaired surrogate (which no file can hold, so
    /// the line would never match its hash again) and no control character (which would reach a terminal or a printout),
    /// except line breaks and tabs where <paramref name="lines"/> allows a text of several lines. The message never repeats the text.
    /// </summary>
    private static void Text(List<ValidationError> errors, string path, string? value, int maxLength, bool lines = false)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(ProcedureTexts.Error(path, ValidationCodes.Required, "error.requiredNotEmpty"));
            return;
        }

        if (value.Length > maxLength)
        {
            errors.Add(ProcedureTexts.Error(path, ValidationCodes.TooLarge, "error.tooManyCharacters", value.Length, maxLength));
            return;
        }

        for (var rest = value.AsSpan(); !rest.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != System.Buffers.OperationStatus.Done)
            {
                errors.Add(ProcedureTexts.Error(path, ValidationCodes.Invalid, "error.loneSurrogate"));
                return;
            }

            if (Rune.IsControl(rune) && !(lines && rune.Value is '\n' or '\r' or '\t'))
            {
                errors.Add(ProcedureTexts.Error(path, ValidationCodes.Invalid, lines ? "error.controlCharacterInText" : "error.controlCharacterInLine"));
                return;
            }

            rest = rest[used..];
        }
    }
}
