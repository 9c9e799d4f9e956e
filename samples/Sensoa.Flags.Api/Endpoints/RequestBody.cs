using System.Buffers;
using System.IO.Pipelines;
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
            var body = await ReadBoundedAsync(context.Request.BodyReader, limit, context.RequestAborted);
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

    /// <summary>Reads to the end; null as soon as the body is longer than <paramref name="limit"/>.</summary>
    /// <remarks>The request's pipe holds the bytes in the server's pooled segments until the end: one array per body.</remarks>
    private static async Task<byte[]?> ReadBoundedAsync(PipeReader body, int limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > limit)
            {
                body.AdvanceTo(buffer.End);
                return null;
            }

            if (read.IsCompleted)
            {
                var bytes = buffer.ToArray();
                body.AdvanceTo(buffer.End);
                return bytes;
            }

            // Nothing consumed, everything seen: the next read waits for more.
            body.AdvanceTo(buffer.Start, buffer.End);
        }
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
