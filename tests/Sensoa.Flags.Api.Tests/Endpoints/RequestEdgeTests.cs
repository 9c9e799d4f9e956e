using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Sensoa.Flags.Api.Tests.Wire;

namespace Sensoa.Flags.Api.Tests.Endpoints;

/// <summary>
/// The API's edges: a body that is not UTF-8 JSON by its Content-Type is 415 with the project's problem document; a
/// request line or headers over the limits are 414 and 431 with problem documents (Kestrel's own bare answers only past
/// its raised hard limits); Accept can ask for the report.
/// </summary>
public sealed class RequestEdgeTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly byte[] Incident = TestFiles.Case("two-person-sexting.json");

    public static TheoryData<string?, string> Refused => new()
    {
        { null, "no Content-Type" },
        { "text/plain", "expected Content-Type" },
        { "application/xml", "expected Content-Type" },
        { "application/x-www-form-urlencoded", "expected Content-Type" },
        { "application/json; charset=utf-16", "UTF-8" },
        { "application/json; charset=UTF-16LE", "UTF-8" },
        { "application/json; charset=iso-8859-1", "UTF-8" },
        { "application/jsonx", "expected Content-Type" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task Post_NotUtf8Json_415Problem(string? contentType, string why)
    {
        foreach (var path in new[] { "/assessments", "/examples" })
        {
            using var response = await factory.CreateClient().PostAsync(path, Content(contentType));

            response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType, $"{path} {contentType}");
            var problem = await Problem.ReadAsync(response);
            problem.Type.Should().Be("urn:sensoa-flags:problem:unsupported-media-type");
            problem.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$" && e.Code == "unsupportedMediaType" && e.Message.Contains(why));
        }
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("Application/JSON; charset=\"UTF-8\"")]
    [InlineData("application/json;charset=utf8")]
    public async Task Post_Utf8Json_Assessed(string contentType)
    {
        using var response = await factory.CreateClient().PostAsync("/assessments", Content(contentType));

        response.StatusCode.Should().Be(HttpStatusCode.OK, contentType);
    }

    [Fact]
    public async Task Post_NoContentTypeEmptyBody_415NotAssessed()
    {
        using var response = await factory.CreateClient().PostAsync("/assessments", new ByteArrayContent([]));

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("text/markdown", "text/markdown")]
    [InlineData("text/html", "text/html")]
    [InlineData("text/html;q=0.9, text/markdown", "text/markdown")]
    [InlineData("application/json, text/markdown;q=0.5", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/json, text/html", "application/json")]
    public async Task PostAssessments_Accept_ChoosesTheAnswer(string accept, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/assessments") { Content = Content("application/json") };
        request.Headers.TryAddWithoutValidation("Accept", accept);

        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be(expected);
    }

    [Fact]
    public async Task PostAssessments_FormatWinsOverAccept()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/assessments?format=json") { Content = Content("application/json") };
        request.Headers.TryAddWithoutValidation("Accept", "text/markdown");

        using var response = await factory.CreateClient().SendAsync(request);

        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
    }

    [Fact]
    public async Task LongRequestLine_414Problem()
    {
        await using var api = await LoopbackApi.StartAsync();

        var (status, text) = await api.SendAsync([Get("/referrals?lang=" + new string('x', 9000), string.Empty)]);

        status.Should().Be(414);
        var problem = Body(text);
        problem["type"]!.GetValue<string>().Should().Be("urn:sensoa-flags:problem:uri-too-long");
        problem["errors"]!.AsArray().Should().BeEmpty();
        problem["traceId"]!.GetValue<string>().Should().NotBeEmpty();
    }

    [Theory]
    [InlineData(1, 40_000)]
    [InlineData(150, 10)]
    public async Task LargeHeaders_431Problem(int count, int size)
    {
        await using var api = await LoopbackApi.StartAsync();
        var headers = string.Concat(Enumerable.Range(0, count).Select(i => $"X-Filler-{i}: {new string('y', size)}\r\n"));

        var (status, text) = await api.SendAsync([Get("/referrals", headers)]);

        status.Should().Be(431);
        Body(text)["type"]!.GetValue<string>().Should().Be("urn:sensoa-flags:problem:headers-too-large");
    }

    [Fact]
    public async Task RequestAtTheLimits_Answered()
    {
        await using var api = await LoopbackApi.StartAsync();
        var headers = string.Concat(Enumerable.Range(0, 90).Select(i => $"X-Filler-{i}: {new string('y', 300)}\r\n"));

        var (status, _) = await api.SendAsync([Get("/referrals?x=" + new string('x', 8000), headers)]);

        status.Should().Be(200);
    }

    public static TheoryData<string, int, string> KestrelRefusals => new()
    {
        { "GET /referrals?x=" + new string('x', 70_000) + " HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n", 414, "uri-too-long" },
        { "GET /referrals HTTP/1.1\r\nHost: a\r\n" + string.Concat(Enumerable.Range(0, 1200).Select(i => $"X-F{i}: {new string('y', 300)}\r\n")) + "\r\n", 431, "headers-too-large" },
        { "GET /referrals HTTP/1.1\r\nHost: a\r\nA header without a colon\r\n\r\n", 400, "bad-request" },
        { "GET /referrals HTTP/1.1\r\n\r\n", 400, "bad-request" },
        { "NOT HTTP AT ALL\r\n\r\n", 400, "bad-request" },
        { "GET /referrals HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n", 400, "bad-request" },
    };

    /// <summary>Past its raised hard limits, or for a request it cannot parse, Kestrel answers before the app: with the problem document all the same.</summary>
    [Theory]
    [MemberData(nameof(KestrelRefusals))]
    public async Task KestrelsOwnRefusal_ProblemDocument(string request, int expected, string type)
    {
        await using var api = await LoopbackApi.StartAsync();

        var (status, text) = await api.SendAsync([Encoding.ASCII.GetBytes(request)]);

        status.Should().Be(expected);
        var problem = Body(text);
        problem["type"]!.GetValue<string>().Should().Be("urn:sensoa-flags:problem:" + type);
        problem["status"]!.GetValue<int>().Should().Be(expected);
        problem["errors"]!.AsArray().Should().BeEmpty();
        problem["traceId"]!.GetValue<string>().Should().NotBeEmpty();
        var length = int.Parse(text.Split("\r\n").Single(l => l.StartsWith("Content-Length: ", StringComparison.Ordinal))["Content-Length: ".Length..], System.Globalization.CultureInfo.InvariantCulture);
        Encoding.UTF8.GetByteCount(text[(text.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).Should().Be(length, "the length said is the length sent");
    }

    [Theory]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: 120\r\n\r\n")]
    [InlineData("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\nextra")]
    [InlineData("HTTP/1.1 400 Bad Request\r\nTransfer-Encoding: chunked\r\n\r\n")]
    [InlineData("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")]
    [InlineData("{\"type\":\"HTTP/1.1 400 Bad Request\\r\\nContent-Length: 0\\r\\n\\r\\n\"}")]
    public void Rewrite_AnythingButABareError_Untouched(string written)
    {
        Api.Endpoints.BareErrorRewriter.Rewrite(Encoding.ASCII.GetBytes(written), "c1").Should().BeNull();
    }

    [Fact]
    public void Rewrite_BareError_SameHeadWithAProblemBody()
    {
        var written = "HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Length: 0\r\nConnection: close\r\nDate: Mon, 07 Dec 2026 02:53:14 GMT\r\n\r\n";

        var rewritten = Encoding.UTF8.GetString(Api.Endpoints.BareErrorRewriter.Rewrite(Encoding.ASCII.GetBytes(written), "c1")!);

        rewritten.Should().StartWith("HTTP/1.1 431 Request Header Fields Too Large\r\nContent-Type: application/problem+json\r\nContent-Length: ");
        rewritten.Should().Contain("\r\nConnection: close\r\nDate: Mon, 07 Dec 2026 02:53:14 GMT\r\n\r\n{");
        rewritten.Should().EndWith("\"errors\":[],\"traceId\":\"c1\"}");
    }

    private static ByteArrayContent Content(string? contentType)
    {
        var content = new ByteArrayContent(Incident);
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        return content;
    }

    private static byte[] Get(string target, string headers) =>
        Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n{headers}\r\n");

    private static JsonNode Body(string response)
    {
        response.Should().Contain("Content-Type: application/problem+json");
        var body = response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
        return JsonNode.Parse(body[body.IndexOf('{', StringComparison.Ordinal)..(body.LastIndexOf('}') + 1)])!;
    }
}
