using System.Text.Json;
using Sensoa.Flags.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>Reads one logbook line into an entry, or the errors with their JSON paths inside the line.</summary>
internal static class LogbookLineReader
{
    private static readonly JsonFieldSet EntryFields = new(["sequence", "timestamp", "occurredAt", "channel", "description", "attachments", "previousHash", "hash"]);
    private static readonly JsonFieldSet AttachmentFields = new(["fileName", "sha256"]);

    /// <summary>Reads one line (without its line end) of at most <see cref="LogbookCanonical.MaxLineBytes"/> bytes.</summary>
    public static LogbookEntry? Read(ReadOnlySpan<byte> utf8Line, ErrorCollector errors)
    {
        if (utf8Line.IsEmpty || utf8Line.IndexOfAnyExcept(" \t\r"u8) < 0)
        {
            errors.Add(ProcedureTexts.Error(JsonPaths.Root, ValidationCodes.InvalidJson, "error.logbook.emptyLine"));
            return null;
        }

        return JsonInput.Read(utf8Line, errors, ReadEntry, LogbookCanonical.MaxLineBytes);
    }

    public static bool IsHash(string value) =>
        value.Length == 64 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static LogbookEntry? ReadEntry(JsonElement root, ErrorCollector errors)
    {
        var fields = new JsonFields(root, JsonPaths.Root, EntryFields, errors);
        var entry = new LogbookEntry
        {
            Sequence = fields.RequiredInteger("sequence", 1, long.MaxValue),
            Timestamp = JsonTimestamps.Required(fields, "timestamp", errors),
            OccurredAt = fields.Has("occurredAt") ? JsonTimestamps.Required(fields, "occurredAt", errors) : null,
            Channel = fields.RequiredString("channel", LogbookCanonical.MaxChannelLength),
            Description = fields.RequiredString("description", Limits.MaxDescriptionLength),
            Attachments = [.. (fields.RequiredArray("attachments", LogbookCanonical.MaxAttachments, Attachment) ?? []).OfType<LogbookAttachment>()],
            PreviousHash = Hash(fields, "previousHash", errors),
            Hash = Hash(fields, "hash", errors),
        };
        return fields.IsObject ? entry : null;
    }

    private static string Hash(in JsonFields fields, string name, ErrorCollector errors)
    {
        var value = fields.RequiredString(name, 64);
        if (fields.Has(name) && !IsHash(value))
        {
            errors.Add(ProcedureTexts.Error(fields.At(name), ValidationCodes.Invalid, "error.logbook.sha256"));
        }

        return value;
    }

    private static LogbookAttachment? Attachment(JsonElement element, string path, ErrorCollector errors)
    {
        var fields = new JsonFields(element, path, AttachmentFields, errors);
        var name = fields.RequiredString("fileName", LogbookCanonical.MaxFileNameLength);
        var hash = Hash(fields, "sha256", errors);
        return fields.IsObject ? new LogbookAttachment(name, hash) : null;
    }
}
