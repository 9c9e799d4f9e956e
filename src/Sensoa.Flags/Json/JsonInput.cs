using System.Buffers;
using System.Globalization;
using System.Text.Json;
using Sensoa.Flags.Validation;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Json;

/// <summary>
/// The one way every JSON input of this library (an incident, a sexting state, a step input, screener answers, a logbook
/// line) is turned into a document: the size limit first, an optional UTF-8 byte-order mark, strict UTF-8, the depth
/// limit, no comments or trailing commas, and a malformed document reported at the path where it breaks. Nothing the
/// input holds can make it throw.
/// </summary>
public static class JsonInput
{
    private static readonly JsonDocumentOptions DocumentOptions = new()
    {
        MaxDepth = Limits.MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Parses the input and hands its root to <paramref name="read"/>; null, with the errors, when it is no JSON document.</summary>
    /// <param name="utf8">The input.</param>
    /// <param name="errors">Where problems go, each with its JSON path.</param>
    /// <param name="read">Reads the root; the document is disposed when it returns, so it must copy what it keeps.</param>
    /// <param name="maxBytes">The size limit of this kind of input.</param>
    /// <typeparam name="T">What the document becomes.</typeparam>
    /// <returns>What <paramref name="read"/> gave, or null when the input is no JSON document within the limits.</returns>
    public static T? Read<T>(ReadOnlySpan<byte> utf8, ErrorCollector errors, Func<JsonElement, ErrorCollector, T?> read, int maxBytes = Limits.MaxInputBytes)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(read);
        if (utf8.Length > maxBytes)
        {
            errors.Add(JsonPaths.Root, ValidationCodes.TooLarge, new ErrorMessage("error.inputTooLarge", utf8.Length, maxBytes));
            return null;
        }

        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        // The parser checks UTF-8 only where it transcodes a string, mid-walk: check it all first.
        if (!System.Text.Unicode.Utf8.IsValid(utf8))
        {
            errors.Add(JsonPaths.Root, ValidationCodes.InvalidJson, new ErrorMessage("error.invalidUtf8", FirstInvalidByte(utf8)));
            return null;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Max(utf8.Length, 1));
        try
        {
            utf8.CopyTo(buffer);
            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(buffer.AsMemory(0, utf8.Length), DocumentOptions);
            }
            catch (JsonException)
            {
                var error = JsonErrorLocator.Locate(utf8);
                errors.Add(error);
                return null;
            }

            using (document)
            {
                return read(document.RootElement, errors);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> utf8)
    {
        Span<char> scratch = stackalloc char[256];
        var offset = 0;
        while (offset < utf8.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8[offset..], scratch, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status is OperationStatus.InvalidData or OperationStatus.NeedMoreData)
            {
                return offset;
            }

            if (status == OperationStatus.Done)
            {
                break;
            }
        }

        return offset;
    }
}
