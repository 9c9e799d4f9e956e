using System.Buffers;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>
/// Answers 200 with the assessment's contract JSON written straight into the response's pipe: no intermediate string
/// or array per request. Like the command line's output it ends with one line feed.
/// </summary>
internal sealed class ContractJsonResult(Assessment assessment) : IResult
{
    public Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        SensoaJson.Write(assessment, response.BodyWriter);

        // The command line's bytes: the contract JSON and one line feed, so that a saved answer is a proper text file.
        response.BodyWriter.Write("\n"u8);
        return response.BodyWriter.FlushAsync(httpContext.RequestAborted).AsTask();
    }
}
