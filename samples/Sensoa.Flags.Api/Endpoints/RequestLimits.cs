using Microsoft.AspNetCore.Http.Features;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// The limits on a request's line and headers, answered with the project's problem documents. Kestrel would answer a
/// request over its own limits with a bare 414 or 431 before the app sees it, so its limits are set higher (a hard stop
/// for runaways) and the documented ones are checked here, first in the pipeline.
/// </summary>
internal static class RequestLimits
{
    /// <summary>The longest request line (method, target and protocol): Kestrel's default.</summary>
    public const int MaxRequestLine = 8 * 1024;

    /// <summary>The most bytes of header names and values together: Kestrel's default.</summary>
    public const int MaxHeadersTotal = 32 * 1024;

    /// <summary>The most header lines: Kestrel's default.</summary>
    public const int MaxHeaderCount = 100;

    /// <summary>Kestrel's own limits, above the documented ones: past these it answers by itself (<see cref="BareErrorRewriter"/> gives that answer its problem body).</summary>
    public const int HardRequestLine = 64 * 1024;

    public const int HardHeadersTotal = 256 * 1024;

    public const int HardHeaderCount = 1000;

    public const string UriTooLongType = "urn:sensoa-flags:problem:uri-too-long";

    public const string HeadersTooLargeType = "urn:sensoa-flags:problem:headers-too-large";

    public static IApplicationBuilder UseRequestLimits(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? string.Concat(request.PathBase, request.Path, request.QueryString);
        if (request.Method.Length + target.Length + request.Protocol.Length + 2 > MaxRequestLine)
        {
            return Problems.Refuse(
                StatusCodes.Status414UriTooLong,
                UriTooLongType,
                "The request line is too long.",
                $"The method, address and protocol together may take {MaxRequestLine} bytes; send the incident in the body, not in the address.").ExecuteAsync(context);
        }

        var (count, total) = (0, 0L);
        foreach (var (name, values) in request.Headers)
        {
            foreach (var value in values)
            {
                count++;
                total += name.Length + (value?.Length ?? 0);
            }
        }

        return count > MaxHeaderCount || total > MaxHeadersTotal
            ? Problems.Refuse(
                StatusCodes.Status431RequestHeaderFieldsTooLarge,
                HeadersTooLargeType,
                "The request headers are too large.",
                $"At most {MaxHeaderCount} header lines of at most {MaxHeadersTotal} bytes together.").ExecuteAsync(context)
            : next(context);
    });
}
