using System.Buffers;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Answers 200 with the assessment's contract JSON and its Content-Length. Like the command line's output it ends with
/// one line feed.
/// </summary>
/// <remarks>
/// The JSON is written into the writer's own pooled buffer, then copied into the response's pipe with its length known:
/// an answer of unknown length goes out chunked, whose framing cost both sides more than the copy (the load test in
/// benchmarks/README.md). No buffer is allocated per request.
/// </remarks>
internal sealed class ContractJsonResult(Assessment assessment) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        AssessmentWriter.Write(assessment, response, static (json, response) =>
        {
            // The command line's bytes: the contract JSON and one line feed, so that a saved answer is a proper text file.
            response.ContentLength = json.Length + 1;
            response.BodyWriter.Write(json);
            response.BodyWriter.Write("\n"u8);
            return 0;
        });

        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
