using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>The evidence logbook over a JSON Lines file.</summary>
internal sealed class JsonLinesLogbook(TimeProvider time) : IEvidenceLogbook
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public LogbookAppendResult Append(string path, NewLogbookEntry entry)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(entry);
        var errors = Validate(entry);
        if (errors.Count > 0)
        {
            return new(null, errors, []);
        }

        // One handle appends (other writers are shut out while we check); a second one reads what is there.
        using var append = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        LogbookVerification existing;
        bool needsNewline;
        using (var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            needsNewline = read.Length > 0 && LastByte(read) != (byte)'\n';
            read.Position = 0;
            using var reader = new StreamReader(read, Utf8, detectEncodingFromByteOrderMarks: true);
            existing = Verify(reader);
        }

        if (!existing.IsIntact)
        {
            return new(null, [], existing.Problems);
        }

        var now = time.GetLocalNow();
        var written = new LogbookEntry
        {
            Sequence = existing.Entries.Count == 0 ? 1 : existing.Entries[^1].Sequence + 1,
            Timestamp = new DateTimeOffset(now.Ticks - (now.Ticks % TimeSpan.TicksPerMillisecond), now.Offset),
            Channel = entry.Channel,
            Description = entry.Description,
            Attachments = entry.Attachments.ToArray(),
            PreviousHash = existing.HeadHash,
            Hash = string.Empty,
        };
        written = written with { Hash = LogbookCanonical.Hash(written) };
        var bytes = Utf8.GetBytes((needsNewline ? "\n" : string.Empty) + LogbookCanonical.Line(written) + "\n");
        append.Write(bytes);
        append.Flush(flushToDisk: true);
        return new(written, [], []);
    }

    public LogbookVerification Verify(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: true);
        return Verify(reader);
    }

    public LogbookVerification Verify(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var lines = new List<(int Line, LogbookEntry Entry)>();
        var problems = new List<LogbookProblem>();
        var malformed = new HashSet<int>();
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            number++;
            var errors = new ErrorCollector();
            var entry = LogbookLineReader.Read(Utf8.GetBytes(text), errors);
            if (errors.HasErrors || entry is null)
            {
                malformed.Add(number);
                problems.AddRange(errors.ToList().Select(e => new LogbookProblem(number, LogbookProblemKind.Malformed, e.Path, e.Message)));
            }
            else
            {
                lines.Add((number, entry));
            }
        }

        problems.AddRange(LogbookChain.Check(lines, malformed));
        return new LogbookVerification
        {
            Entries = lines.Select(line => line.Entry).ToArray(),
            Problems = problems.OrderBy(p => p.Line).ToArray(),
        };
    }

    private static byte LastByte(FileStream stream)
    {
        stream.Seek(-1, SeekOrigin.End);
        return (byte)stream.ReadByte();
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
