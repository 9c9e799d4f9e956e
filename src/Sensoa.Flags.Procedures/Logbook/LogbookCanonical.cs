using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>
/// The canonical form of an entry: compact JSON, fields in a fixed order, the timestamp in one fixed format, the same
/// escaping every time. The hash is the SHA-256 over this form without <c>hash</c>; the line is this form with it.
/// </summary>
internal static class LogbookCanonical
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public const int MaxChannelLength = 200;

    public const int MaxFileNameLength = 255;

    public const int MaxAttachments = 100;

    /// <summary>
    /// The longest line a reader takes, in bytes: room for the longest entry with every character escaped (about 200 KB);
    /// a longer line, or a file with no line ends at all, is refused there rather than read on.
    /// </summary>
    public const int MaxLineBytes = 256 * 1024;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Hash(LogbookEntry entry) =>
        Convert.ToHexStringLower(SHA256.HashData(Write(entry, includeHash: false)));

    public static string Line(LogbookEntry entry) =>
        System.Text.Encoding.UTF8.GetString(Write(entry, includeHash: true));

    private static byte[] Write(LogbookEntry entry, bool includeHash)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", entry.Sequence);
            json.WriteString("timestamp", JsonTimestamps.Write(entry.Timestamp));
            if (entry.OccurredAt is { } occurred)
            {
                // Only when present: an entry written before the field existed keeps its canonical form, and so its hash.
                json.WriteString("occurredAt", JsonTimestamps.Write(occurred));
            }

            json.WriteString("channel", entry.Channel);
            json.WriteString("description", entry.Description);
            json.WriteStartArray("attachments");
            foreach (var attachment in entry.Attachments)
            {
                json.WriteStartObject();
                json.WriteString("fileName", attachment.FileName);
                json.WriteString("sha256", attachment.Sha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteString("previousHash", entry.PreviousHash);
            if (includeHash)
            {
                json.WriteString("hash", entry.Hash);
            }

            json.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
