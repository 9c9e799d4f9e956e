using Microsoft.AspNetCore.Connections;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Reads a request body as raw bytes with the library's bounded reader (the one the command line reads files with), and
/// turns what can go wrong on the wire into an answer instead of an exception: a body over the limit is 413, a body the
/// client framed badly (chunks), cut short or sent too slowly is 400 (408), a client that went away gets nothing. An
/// exception escaping here would be a 500 with a stack trace in the log.
/// </summary>
internal static class RequestBody
{
    /// <summary>The body, or the answer to give instead (<see cref="Results.Empty"/> when the client is gone).</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAsync(HttpContext context, int limit)
    {
        if (context.Request.ContentLength > limit)
        {
            return (null, Problems.TooLarge());
        }

        try
        {
            var body = await InputBytes.ReadAsync(context.Request.Body, limit, context.RequestAborted);
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
}
