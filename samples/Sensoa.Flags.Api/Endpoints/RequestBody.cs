using Microsoft.AspNetCore.Connections;
using Microsoft.Net.Http.Headers;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Reads a request body as raw bytes, never more than one byte past the limit, and turns what can go wrong on the wire into an answer instead of an exception: a body over the limit is 413, a body the
/// client framed badly (chunks), cut short or sent too slowly is 400 (408), a client that went away gets nothing. An
/// exception escaping here would be a 500 with a stack trace in the log.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body, or the answer to give instead (<see cref="Results.Empty"/> when the client is gone).</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAsync(HttpContext context, int limit)
    {
        if (ContentTypeProblem(context.Request.ContentType) is { } key)
        {
            return (null, Problems.UnsupportedMediaType(key));
        }

        if (context.Request.ContentLength > limit)
        {
            return (null, Problems.TooLarge());
        }

        try
        {
            var body = await ReadBoundedAsync(context.Request.Body, limit, context.RequestAborted);
            return body is null ? (null, Problems.TooLarge()) : (body, null);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // Kestrel's own limit (the same number) stopped the read.
            return (null, Problems.TooLarge());
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel's checks of the framing: a bad chunk, a body shorter than its Content-Length, a body too slow.
            return (null, Problems.BadBody(ex.StatusCode));
        }
        catch (Exception ex) when (ex is OperationCanceledException or ConnectionResetException or IOException)
        {
            // The client went away mid-body: nobody to answer, nothing to log.
            context.Abort();
            return (null, Results.Empty);
        }
    }

    /// <summary>Reads to the end; null when the body is longer than <paramref name="limit"/> (reading stops one byte past it).</summary>
    private static async Task<byte[]?> ReadBoundedAsync(Stream body, int limit, CancellationToken cancellationToken)
    {
        using var bytes = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit + 1L - bytes.Length)), cancellationToken)) > 0)
        {
            bytes.Write(chunk, 0, read);
            if (bytes.Length > limit)
            {
                return null;
            }
        }

        return bytes.ToArray();
    }

    /// <summary>
    /// Why a body with this Content-Type is not read (the key of its text in <c>ProblemTexts</c>), or null when it is JSON
    /// the library reads: <c>application/json</c> with no charset or charset=utf-8. A missing type is refused too: the
    /// body is never guessed to be JSON.
    /// </summary>
    internal static string? ContentTypeProblem(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
        {
            return "error.noContentType";
        }

        if (!MediaTypeHeaderValue.TryParse(contentType, out var media)
            || !media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return "error.unsupportedMediaType";
        }

        var charset = media.Charset.Value?.Trim('"');
        return charset is null || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase)
            ? null
            : "error.notUtf8";
    }
}
