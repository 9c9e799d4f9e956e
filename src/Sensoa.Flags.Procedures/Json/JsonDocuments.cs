using System.Globalization;
using System.Text.Json;

namespace Sensoa.Flags.Procedures.Json;

/// <summary>Parses a procedure file into a document, or an error at <c>$</c> saying where the JSON breaks.</summary>
internal static class JsonDocuments
{
    private static readonly JsonDocumentOptions Options = new()
    {
        MaxDepth = 32,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    public static JsonDocument? Parse(ReadOnlyMemory<byte> utf8, string path, List<ValidationError> errors)
    {
        if (utf8.Length > Limits.MaxInputBytes)
        {
            errors.Add(new(path, ValidationCodes.TooLarge, string.Create(CultureInfo.InvariantCulture, $"the input is {utf8.Length} bytes; the limit is {Limits.MaxInputBytes}")));
            return null;
        }

        if (utf8.Span.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // The reader only checks UTF-8 where it transcodes a string, which would throw later, mid-walk: check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            errors.Add(new(path, ValidationCodes.InvalidJson, "not valid UTF-8"));
            return null;
        }

        try
        {
            return JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            // Line and byte position only: the exception message could quote the input.
            var where = ex.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {(ex.BytePositionInLine ?? 0) + 1}")
                : string.Empty;
            errors.Add(new(path, ValidationCodes.InvalidJson, $"not well-formed JSON{where}"));
            return null;
        }
    }
}
