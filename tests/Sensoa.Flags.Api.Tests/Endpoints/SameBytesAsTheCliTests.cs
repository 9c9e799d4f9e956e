using System.Net;
using System.Reflection;
using System.Text;

namespace Sensoa.Flags.Api.Tests.Endpoints;

/// <summary>
/// The API and the command line answer the same input and options with the same bytes: the JSON with its one closing
/// line feed, and the reports with their details. The CLI runs in-process (its entry class is internal to the sample,
/// so it is called by reflection rather than opened to this project).
/// </summary>
public sealed class SameBytesAsTheCliTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string, string, string[]> Requests()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var name in Directory.EnumerateFiles(TestFiles.Cases, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            data.Add(name!, string.Empty, []);
        }

        data.Add("two-person-sexting.json", "?lang=nl&at=2026-11-27T15:59:00%2B01:00", ["--lang", "nl", "--at", "2026-11-27T15:59+01:00"]);
        data.Add("yellow-class-comment.json", "?at=2026-11-27T16:01", ["--at", "2026-11-27T16:01"]);
        data.Add("yellow-class-comment.json", "?at=2026-07-01T09:30:15.5", ["--at", "2026-07-01T09:30:15.5"]);
        data.Add("two-person-sexting.json", "?format=md&case=2026-014&author=J.%20Peeters&at=2026-03-02T09:00:00Z", ["--format", "md", "--case", "2026-014", "--author", "J. Peeters", "--at", "2026-03-02T09:00Z"]);
        data.Add("red-repeated-after-correction.json", "?format=html&lang=nl&at=2026-07-01T08:30:00Z", ["--format", "html", "--lang", "nl", "--at", "2026-07-01T08:30Z"]);
        return data;
    }

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task PostAssessments_AnyCaseAndOptions_ExactlyTheCliBytes(string name, string query, string[] options)
    {
        var body = TestFiles.Case(name);
        using var response = await factory.CreateClient().PostAsync("/assessments" + query, Problem.Json(body));
        response.StatusCode.Should().Be(HttpStatusCode.OK);

        var (code, stdout) = Cli(body, ["assess", "-", .. options]);
        code.Should().Be(0);
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(stdout);
        stdout[^1].Should().Be((byte)'\n', "both end with one line feed");
        stdout[^2].Should().NotBe((byte)'\n');
    }

    [Fact]
    public async Task PostAssessments_CaseWithoutReport_400LikeTheCliUsageError()
    {
        using var response = await factory.CreateClient().PostAsync("/assessments?case=x", Problem.Json(TestFiles.Case("two-person-sexting.json")));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Type.Should().Be("urn:sensoa-flags:problem:invalid-query");
        problem.Errors.Should().ContainSingle(e => e.Path == "?case" && e.Message.Contains("format=md", StringComparison.Ordinal));
        Cli(TestFiles.Case("two-person-sexting.json"), ["assess", "-", "--case", "x"]).Code.Should().Be(64);
    }

    [Fact]
    public async Task PostAssessments_ReportContentTypes()
    {
        var client = factory.CreateClient();
        using var md = await client.PostAsync("/assessments?format=md", Problem.Json(TestFiles.Case("two-person-sexting.json")));
        md.Content.Headers.ContentType!.MediaType.Should().Be("text/markdown");
        using var html = await client.PostAsync("/assessments?format=html", Problem.Json(TestFiles.Case("two-person-sexting.json")));
        html.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
    }

    [Theory]
    [InlineData("9999-12-31T22:00:00Z")]
    [InlineData("0001-01-01T00:00")]
    [InlineData("2026-03-29T02:30")]
    [InlineData("tomorrow")]
    public async Task PostAssessments_AtTheCliRefuses_400(string at)
    {
        using var response = await factory.CreateClient().PostAsync("/assessments?at=" + Uri.EscapeDataString(at), Problem.Json(TestFiles.Case("two-person-sexting.json")));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainSingle(e => e.Path == "?at");
        Cli(TestFiles.Case("two-person-sexting.json"), ["assess", "-", "--at", at]).Code.Should().Be(64);
    }

    private static (int Code, byte[] Stdout) Cli(byte[] stdin, string[] args)
    {
        var run = Type.GetType("Sensoa.Flags.Cli.CliApp, sensoa-flags", throwOnError: true)!
            .GetMethod("Run", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)!;
        using var input = new MemoryStream(stdin);
        using var bytes = new MemoryStream();
        using (var output = new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
        {
            var code = (int)run.Invoke(null, [args, input, output, TextWriter.Null])!;
            output.Flush();
            return (code, bytes.ToArray());
        }
    }
}
