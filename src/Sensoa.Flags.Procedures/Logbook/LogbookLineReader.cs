using System.Globalization;
using System.Text;
using System.Text.Json;
using Sensoa.Flags.Procedures.Json;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>Reads one logbook line into an entry, or the errors with their JSON paths inside the line.</summary>
internal static class LogbookLineReader
{
    private static readonly string[] EntryFields = ["sequence", "timestamp", "channel", "description", "attachments", "previousHash", "hash"];
    private static readonly string[] AttachmentFields = ["fileName", "sha256"];

    public static LogbookEntry? Read(string line, List<ValidationError> errors)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            errors.Add(new(ProcedureJsonPaths.Root, ValidationCodes.InvalidJson, "an empty line; every line must be one entry"));
            return null;
        }

        using var document = JsonDocuments.Parse(Encoding.UTF8.GetBytes(line), ProcedureJsonPaths.Root, errors);
        if (document is null)
        {
            return null;
        }

        var fields = new JsonObjectReader(document.RootElement, ProcedureJsonPaths.Root, EntryFields, errors);
        var entry = new LogbookEntry
        {
            Sequence = fields.RequiredInteger("sequence", 1, long.MaxValue),
            Timestamp = Timestamp(fields, errors),
            Channel = fields.RequiredString("channel", LogbookCanonical.MaxChannelLength),
            Description = fields.RequiredString("description", Limits.MaxDescriptionLength),
            Attachments = fields.RequiredArray("attachments", LogbookCanonical.MaxAttachments, (element, path) => Attachment(element, path, errors)) ?? [],
            PreviousHash = Hash(fields, "previousHash", errors),
            Hash = Hash(fields, "hash", errors),
        };
        return fields.IsObject ? entry : null;
    }

    public static bool IsHash(string value) =>
        value.Length == 64 && value.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');

    private static DateTimeOffset Timestamp(JsonObjectReader fields, List<ValidationError> errors)
    {
        var text = fields.RequiredString("timestamp", 64);
        if (fields.Has("timestamp") && text.Length > 0
            && DateTimeOffset.TryParseExact(text, LogbookCanonical.TimestampFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            return value;
        }

        if (fields.Has("timestamp"))
        {
            errors.Add(new(fields.At("timestamp"), ValidationCodes.Invalid, "expected an ISO 8601 time with milliseconds and offset, e.g. 2026-03-01T14:05:00.000+01:00"));
        }

        return default;
    }

    private static string Hash(JsonObjectReader fields, string name, List<ValidationError> errors)
    {
        var value = fields.RequiredString(name, 64);
        if (fields.Has(name) && !IsHash(value))
        {
            errors.Add(new(fields.At(name), ValidationCodes.Invalid, "expected a SHA-256 as 64 lowercase hex digits"));
        }

        return value;
    }

    private static LogbookAttachment? Attachment(JsonElement element, string path, List<ValidationError> errors)
    {
        var fields = new JsonObjectReader(element, path, AttachmentFields, errors);
        var name = fields.RequiredString("fileName", LogbookCanonical.MaxFileNameLength);
        var hash = Hash(fields, "sha256", errors);
        return fields.IsObject ? new LogbookAttachment(name, hash) : null;
    }
}
