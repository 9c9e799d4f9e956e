using System.Buffers;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Answers 200 with the assessment's contract JSON and its Content-Length. Like the command line's output it ends with
/// one line feed.
/// </summary>
/// <remarks>
/// The JSON is written into a buffer kept per thread, then copied into the response's pipe with its length known: an
/// answer of unknown length goes out chunked, whose framing cost both sides more than the copy (the load test in
/// benchmarks/README.md). No buffer is allocated per request.
/// </remarks>
internal sealed class ContractJsonResult(Assessment assessment) : IResult
{
    /// <summary>A buffer grown past this for a very large answer is not kept, so that no thread holds on to megabytes.</summary>
    private const int KeptCapacity = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var json = buffer ??= new ArrayBufferWriter<byte>(32 * 1024);
        json.ResetWrittenCount();
        SensoaJson.Write(assessment, json);

        // The command line's bytes: the contract JSON and one line feed, so that a saved answer is a proper text file.
        json.Write("\n"u8);

        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = json.WrittenCount;
        response.BodyWriter.Write(json.WrittenSpan);
        if (json.Capacity > KeptCapacity)
        {
            buffer = null;
        }

        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
