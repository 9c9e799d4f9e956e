using System.Net.Http.Headers;
using System.Text.Json;

namespace Sensoa.Flags.Api.Tests;

/// <summary>An RFC 9457 problem document as the API answers it, read back for assertions.</summary>
internal sealed record Problem(string Type, string Title, int Status, IReadOnlyList<ValidationError> Errors)
{
    public static async Task<Problem> ReadAsync(HttpResponseMessage response)
    {
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/problem+json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var root = document.RootElement;
        var errors = root.TryGetProperty("errors", out var list)
            ? list.EnumerateArray().Select(e => new ValidationError(
                e.GetProperty("path").GetString()!, e.GetProperty("code").GetString()!, e.GetProperty("message").GetString()!)).ToArray()
            : [];
        return new Problem(root.GetProperty("type").GetString()!, root.GetProperty("title").GetString()!, root.GetProperty("status").GetInt32(), errors);
    }

    public static ByteArrayContent Json(byte[] body)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }
}
