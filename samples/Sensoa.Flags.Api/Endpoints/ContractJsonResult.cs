using System.Buffers;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Answers 200 with the assessment's contract JSON and its Content-Length. Like the command line's output it ends with
/// one line feed.
/// </summary>
/// <remarks>
/// The JSON is written whole before the answer starts, so that its length is known: an answer of unknown length goes
/// out chunked, whose framing costs both sides more than the array (the load test in benchmarks/README.md).
/// </remarks>
internal sealed class ContractJsonResult(Assessment assessment) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        var json = SensoaJson.SerializeToUtf8Bytes(assessment);
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";

        // The command line's bytes: the contract JSON and one line feed, so that a saved answer is a proper text file.
        response.ContentLength = json.Length + 1;
        response.BodyWriter.Write(json);
        response.BodyWriter.Write("\n"u8);
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
