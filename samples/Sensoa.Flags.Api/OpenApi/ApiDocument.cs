using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sensoa.Flags.Api.OpenApi;

/// <summary>
/// The OpenAPI 3.1 document at <c>/openapi/v1.json</c>: the document ASP.NET Core generates from the endpoints, made
/// exact for client generators (<see cref="ApiDocumentRewriter"/>), built once and served as the same bytes every time.
/// </summary>
internal sealed class ApiDocument(IServiceProvider services)
{
    /// <summary>Where the document is served.</summary>
    public const string Route = "/openapi/v1.json";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Lazy<Task<byte[]>> bytes = new(() => BuildAsync(services));

    /// <summary>The document's UTF-8 bytes, built on first use.</summary>
    public Task<byte[]> GetAsync() => bytes.Value;

    private static async Task<byte[]> BuildAsync(IServiceProvider services)
    {
        var generated = await services.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1").GetOpenApiDocumentAsync();
        var text = await generated.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        var document = JsonNode.Parse(text)!.AsObject();
        var json = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        new ApiDocumentRewriter(document, services.GetRequiredService<IFlagAssessor>(), json).Rewrite();
        return Encoding.UTF8.GetBytes(document.ToJsonString(WriteOptions) + "\n");
    }
}

/// <summary>Maps <see cref="ApiDocument.Route"/>.</summary>
internal static class ApiDocumentEndpoint
{
    public static void MapApiDocument(this IEndpointRouteBuilder app) =>
        app.MapGet(ApiDocument.Route, async (ApiDocument document) => Results.Bytes(await document.GetAsync(), "application/json; charset=utf-8"))
            .ExcludeFromDescription();
}
