using System.Text;
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
        var headEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = response[..headEnd];
        var body = Encoding.UTF8.GetBytes(response[(headEnd + 4)..]);
        head.Should().NotContainEquivalentOf("Transfer-Encoding");
        head.Should().Contain($"Content-Length: {body.Length}\r\n");
        body[^1].Should().Be((byte)'\n');
        body.Length.Should().BeGreaterThan(10_000, "the whole assessment, not a part");
    }
}
