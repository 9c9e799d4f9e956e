using System.IO.Pipelines;
using System.Text;
using Microsoft.AspNetCore.Connections;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Kestrel refuses a request it cannot parse (a broken request line or header, no Host) or one past its hard limits
/// with a bare answer of its own, <c>Content-Length: 0</c> and the connection closed, before the app sees the request.
/// This connection middleware gives such an answer the project's problem document: it watches what Kestrel writes to
/// the connection and replaces a bare 400, 414 or 431 head by the same head with a problem body. Every answer of the app
/// itself has a body (the status-code pages give one to every empty 4xx), so no answer of the app is touched.
/// </summary>
internal static class BareErrorRewriter
{
    /// <summary>Wraps each HTTP/1.x connection's output; for <c>ListenOptions.Use</c>.</summary>
    public static ConnectionDelegate Use(ConnectionDelegate next) => async connection =>
    {
        var transport = connection.Transport;
        connection.Transport = new Pipe(transport, new Writer(transport.Output, connection.ConnectionId));
        try
        {
            await next(connection);
        }
        finally
        {
            connection.Transport = transport;
        }
    };

    /// <summary>The problem document for a bare answer, or null when the head is not Kestrel's bare 400, 414 or 431.</summary>
    internal static byte[]? Rewrite(ReadOnlySpan<byte> written, string connectionId)
    {
        if (written.Length < 16 || !written.StartsWith("HTTP/1.1 4"u8))
        {
            return null;
        }

        var status = written[9..12];
        var (type, title, detail) = status.SequenceEqual("400"u8)
            ? ("urn:sensoa-flags:problem:bad-request", "The request could not be read.", "The request line or a header is not valid HTTP (a Host header is required); nothing was done.")
            : status.SequenceEqual("414"u8)
                ? (RequestLimits.UriTooLongType, "The request line is too long.", $"The method, address and protocol together may take {RequestLimits.MaxRequestLine} bytes; send the incident in the body, not in the address.")
                : status.SequenceEqual("431"u8)
                    ? (RequestLimits.HeadersTooLargeType, "The request headers are too large.", $"At most {RequestLimits.MaxHeaderCount} header lines of at most {RequestLimits.MaxHeadersTotal} bytes together.")
                    : (null, null, null);
        var end = written.IndexOf("\r\n\r\n"u8);
        if (type is null || end < 0 || end + 4 != written.Length)
        {
            return null;
        }

        var head = Encoding.ASCII.GetString(written[..end]).Split("\r\n");
        if (!head.Contains("Content-Length: 0", StringComparer.OrdinalIgnoreCase))
        {
            return null;
        }

        var body = Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new BareProblem(type, title!, int.Parse(Encoding.ASCII.GetString(status), System.Globalization.CultureInfo.InvariantCulture), detail!, [], connectionId)));
        var lines = head.Where(l => !l.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)).ToList();
        lines.Insert(1, "Content-Type: application/problem+json");
        lines.Insert(2, "Content-Length: " + body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return [.. Encoding.ASCII.GetBytes(string.Join("\r\n", lines) + "\r\n\r\n"), .. body];
    }

    private sealed record BareProblem(
        [property: System.Text.Json.Serialization.JsonPropertyName("type")] string Type,
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("status")] int Status,
        [property: System.Text.Json.Serialization.JsonPropertyName("detail")] string Detail,
        [property: System.Text.Json.Serialization.JsonPropertyName("errors")] ProblemError[] Errors,
        [property: System.Text.Json.Serialization.JsonPropertyName("traceId")] string TraceId);

    private sealed class Pipe(IDuplexPipe inner, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input => inner.Input;

        public PipeWriter Output => output;
    }

    /// <summary>Passes everything through; only a write that is exactly a bare error head is replaced.</summary>
    private sealed class Writer(PipeWriter inner, string connectionId) : PipeWriter
    {
        private Memory<byte> handedOut;

        public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

        public override long UnflushedBytes => inner.UnflushedBytes;

        public override void Advance(int bytes)
        {
            // A response head starts with "HTTP/1.1 4": everything else costs one comparison.
            if (bytes >= 16 && handedOut.Span.StartsWith("HTTP/1.1 4"u8) && Rewrite(handedOut.Span[..bytes], connectionId) is { } replacement)
            {
                replacement.CopyTo(inner.GetSpan(replacement.Length));
                inner.Advance(replacement.Length);
                return;
            }

            inner.Advance(bytes);
        }

        public override Memory<byte> GetMemory(int sizeHint = 0) => handedOut = inner.GetMemory(sizeHint);

        public override Span<byte> GetSpan(int sizeHint = 0) => GetMemory(sizeHint).Span;

        public override void CancelPendingFlush() => inner.CancelPendingFlush();

        public override void Complete(Exception? exception = null) => inner.Complete(exception);

        public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

        public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);
    }
}
