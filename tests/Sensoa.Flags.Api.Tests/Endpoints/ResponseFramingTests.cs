using System.Text;
using System.Text.Json.Nodes;
using Sensoa.Flags.Api.Tests.Wire;

namespace Sensoa.Flags.Api.Tests.Endpoints;

/// <summary>
/// The assessment goes out with its length, on real Kestrel over a raw socket: a Content-Length that matches the body and
/// no chunked framing (an answer of unknown length is chunked, which cost client and server more; benchmarks/README.md).
/// </summary>
public sealed class ResponseFramingTests
{
    [Theory]
    [InlineData("/assessments")]
    [InlineData("/assessments?lang=nl")]
    public async Task Assess_AnswerCarriesItsLengthAndIsNotChunked(string target)
    {
        var incident = TestFiles.Case("two-person-sexting.json");
        await using var api = await LoopbackApi.StartAsync();

        var (status, response) = await api.SendAsync([LoopbackApi.Head(target, $"Content-Length: {incident.Length}"), incident]);

        status.Should().Be(200);
        var (head, body) = Split(response);
        head.Should().NotContainEquivalentOf("Transfer-Encoding");
        head.Should().Contain($"Content-Length: {body.Length}\r\n");
        body[^1].Should().Be((byte)'\n');
        body.Length.Should().BeGreaterThan(10_000, "the whole assessment, not a part");
    }

    [Fact]
    public async Task Assess_AnswerLargerThanAKeptBuffer_WholeThenTheNextAnswerToo()
    {
        // 60 behaviours make an answer of several hundred KB, past the buffers the answer pool keeps; the next, small answer on
        // the same server must still be whole and carry its own length.
        var incident = JsonNode.Parse(TestFiles.Case("two-person-sexting.json"))!.AsObject();
        var behaviours = incident["behaviours"]!.AsArray();
        var template = behaviours[1]!.ToJsonString();
        behaviours.Clear();
        for (var i = 0; i < 60; i++)
        {
            var behaviour = JsonNode.Parse(template)!.AsObject();
            behaviour["id"] = $"b{i}";
            behaviours.Add(behaviour);
        }

        var large = Encoding.UTF8.GetBytes(incident.ToJsonString());
        var small = TestFiles.Case("two-person-sexting.json");
        await using var api = await LoopbackApi.StartAsync();

        foreach (var body in new[] { large, small })
        {
            var (status, response) = await api.SendAsync([LoopbackApi.Head("/assessments", $"Content-Length: {body.Length}"), body]);

            status.Should().Be(200);
            var (head, answer) = Split(response);
            head.Should().Contain($"Content-Length: {answer.Length}\r\n");
            JsonNode.Parse(answer)!["behaviours"]!.AsArray().Should().HaveCount(body == large ? 60 : 2);
        }
    }

    /// <summary>Splits a raw answer into its head and its body's bytes.</summary>
    private static (string Head, byte[] Body) Split(string response)
    {
        var headEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        return (response[..headEnd], Encoding.UTF8.GetBytes(response[(headEnd + 4)..]));
    }
}
