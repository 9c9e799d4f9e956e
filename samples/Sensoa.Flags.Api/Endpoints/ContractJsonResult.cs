using System.Buffers;
using Microsoft.Extensions.ObjectPool;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Answers 200 with the assessment's contract JSON and its Content-Length. Like the command line's output it ends with
/// one line feed.
/// </summary>
/// <remarks>
/// The JSON is written whole before the answer starts, so that its length is known: an answer of unknown length goes
/// out chunked, whose framing costs both sides more than the copy. It is written into a buffer from a pool, not a new
/// array per answer: at 32 connections an array per answer kept the collector busy enough to break the load test's
/// targets (benchmarks/README.md).
/// </remarks>
internal sealed class ContractJsonResult(Assessment assessment) : IResult
{
    private static readonly ObjectPool<ArrayBufferWriter<byte>> Buffers = new DefaultObjectPoolProvider().Create(new BufferPolicy());

    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var json = Buffers.Get();
        try
        {
            SensoaJson.Write(assessment, json);
            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";

            // The command line's bytes: the contract JSON and one line feed, so that a saved answer is a proper text file.
            response.ContentLength = json.WrittenCount + 1;
            response.BodyWriter.Write(json.WrittenSpan);
            response.BodyWriter.Write("\n"u8);
        }
        finally
        {
            Buffers.Return(json);
        }

        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }

    /// <summary>Buffers start at the size of a usual answer; one grown by a rare large answer is not kept.</summary>
    private sealed class BufferPolicy : PooledObjectPolicy<ArrayBufferWriter<byte>>
    {
        public override ArrayBufferWriter<byte> Create() => new(64 * 1024);

        public override bool Return(ArrayBufferWriter<byte> buffer)
        {
            buffer.ResetWrittenCount();
            return buffer.Capacity <= 256 * 1024;
        }
    }
}
