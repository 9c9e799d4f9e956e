using System.Text;
using Microsoft.Extensions.Logging;
using Sensoa.Flags.Api.Tests.Wire;

namespace Sensoa.Flags.Api.Tests.Endpoints;

/// <summary>
/// What the API does with a body that HTTP itself gets wrong, on real Kestrel over raw sockets: bad chunk framing, a body
/// cut off, a body sent too slowly. Never a 500, never an exception or a stack trace in the log; a chunked body within the
/// limit is read, one over it is 413.
/// </summary>
public sealed class RequestBodyTests
{
    private static readonly byte[] Incident = TestFiles.Case("two-person-sexting.json");

    public static TheoryData<string, string> BadFraming => new()
    {
        { "a chunk size that is not hex", "zz\r\n{}\r\n0\r\n\r\n" },
        { "chunk data longer than its size", "2\r\n{}}}}\r\n0\r\n\r\n" },
        { "a chunk size that overflows", "fffffffffffffffffffff\r\n{}\r\n0\r\n\r\n" },
        { "no line end after the size", "2 {}\r\n0\r\n\r\n" },
        { "a chunk extension that never ends", "2;" + new string('x', 20_000) },
    };

    private static void NoExceptionLogged(LoopbackApi api)
    {
        api.Log.Entries.Should().NotContain(e => e.Exception != null, "an exception in the log means one escaped");
        api.Log.Entries.Should().NotContain(e => e.Level >= LogLevel.Error);
        api.Log.Entries.Should().NotContain(e => e.Text.Contains("   at ", StringComparison.Ordinal), "no stack trace");
    }

    [Theory]
    [MemberData(nameof(BadFraming))]
    public async Task Read_BadChunkFraming_400OrClosedAndNothingLogged(string why, string body)
    {
        await using var api = await LoopbackApi.StartAsync();

        var (status, _) = await api.SendAsync([LoopbackApi.Head("/assessments", "Transfer-Encoding: chunked"), Encoding.ASCII.GetBytes(body)], closeAfterSending: true);

        new int?[] { 400, null }.Should().Contain(status, why);
        await api.WaitForFinishedAsync(1);
        NoExceptionLogged(api);
    }

    [Theory]
    [InlineData("Content-Length: 5000")]
    [InlineData("Transfer-Encoding: chunked")]
    public async Task Read_BodyCutOff_NoAnswerNeededAndNothingLogged(string framing)
    {
        await using var api = await LoopbackApi.StartAsync();
        var part = framing.StartsWith("Content", StringComparison.Ordinal) ? Incident[..100] : LoopbackApi.Chunked(Incident, 50)[..200];

        var (status, _) = await api.SendAsync([LoopbackApi.Head("/examples", framing), part], closeAfterSending: true);

        new int?[] { 400, null }.Should().Contain(status);
        await api.WaitForFinishedAsync(1);
        NoExceptionLogged(api);
    }

    [Fact]
    public async Task Read_BodyTooSlow_TimedOutAndNothingLogged()
    {
        await using var api = await LoopbackApi.StartAsync();
        var parts = new List<byte[]> { LoopbackApi.Head("/assessments", "Content-Length: 100000") };
        parts.AddRange(Enumerable.Repeat(" "u8.ToArray(), 8));

        // One byte a second for eight seconds against a minimum of 1000 bytes a second after two seconds of grace.
        var (status, _) = await api.SendAsync(parts, pause: TimeSpan.FromSeconds(1));

        new int?[] { 408, 400, null }.Should().Contain(status);
        status.Should().NotBe(500);
        await api.WaitForFinishedAsync(1);
        NoExceptionLogged(api);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(7)]
    public async Task Read_ChunkedBodyJustUnderTheLimit_AssessedNot413(int chunkSize)
    {
        await using var api = await LoopbackApi.StartAsync();

        // The incident padded with spaces to exactly the limit: its chunk framing makes the wire far longer than 1 MiB.
        var body = Incident.Concat(Enumerable.Repeat((byte)' ', Limits.MaxInputBytes - Incident.Length)).ToArray();
        var (status, response) = await api.SendAsync([LoopbackApi.Head("/assessments", "Transfer-Encoding: chunked"), LoopbackApi.Chunked(body, chunkSize)]);

        status.Should().Be(200, response.Length > 400 ? response[..400] : response);
        response.Should().Contain("\"ruleSetVersion\"");
    }

    [Fact]
    public async Task Read_ChunkedBodyOneByteOverTheLimit_413()
    {
        await using var api = await LoopbackApi.StartAsync();
        var body = Incident.Concat(Enumerable.Repeat((byte)' ', Limits.MaxInputBytes + 1 - Incident.Length)).ToArray();

        var (status, response) = await api.SendAsync([LoopbackApi.Head("/assessments", "Transfer-Encoding: chunked"), LoopbackApi.Chunked(body, 4096)]);

        status.Should().Be(413);
        response.Should().Contain("urn:sensoa-flags:problem:too-large");
        NoExceptionLogged(api);
    }
}
