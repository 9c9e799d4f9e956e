using System.Globalization;
using System.Net;
using System.Text;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Tests.Endpoints;

public sealed class AssessmentEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly IFlagAssessor Library = FlagAssessor.Create();

    [Theory]
    [MemberData(nameof(TestFiles.CaseNames), MemberType = typeof(TestFiles))]
    public async Task PostAssessments_ShippedCase_SameBytesAsTheLibrary(string name)
    {
        var body = TestFiles.Case(name);
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        byte[] expected = [.. SensoaJson.SerializeToUtf8Bytes(Library.AssessJson(body).Assessment!), (byte)'\n'];
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(expected);
    }

    [Fact]
    public async Task PostAssessments_LangNl_TextsInDutch()
    {
        var body = TestFiles.Case("two-person-sexting.json");
        using var response = await factory.CreateClient().PostAsync("/assessments?lang=nl", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var dutch = Library.AssessJson(body, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") }).Assessment!;
        (await response.Content.ReadAsStringAsync()).Should().Be(SensoaJson.Serialize(dutch) + "\n")
            .And.NotBe(SensoaJson.Serialize(Library.AssessJson(body).Assessment!));
    }

    [Fact]
    public async Task PostAssessments_InvalidIncident_ProblemWithEveryErrorAsTheCliPrintsIt()
    {
        var body = Encoding.UTF8.GetBytes("""
            { "jurisdiction": "wallonia", "setting": "school", "people": [ { "id": "p1", "ageYears": 14 } ],
              "behaviours": [ { "id": "b1", "actorId": "p9",
                "criteria": { "consent": "purple", "voluntariness": "green", "equality": "green", "development": "green", "context": "green" } } ] }
            """);
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Type.Should().Be("urn:sensoa-flags:problem:invalid-incident");
        problem.Status.Should().Be(400);

        // The CLI prints exactly these errors, one "path: message" line each, from the same AssessJson call.
        problem.Errors.Should().Equal(Library.AssessJson(body).Errors);
        problem.Errors.Select(e => e.Path).Should().Contain(["$.jurisdiction", "$.behaviours[0].criteria.consent", "$.behaviours[0].criteria.impact"]);
    }

    [Fact]
    public async Task PostAssessments_BadHistoryAndDisagreeingRepeated_ProblemWithEveryPath()
    {
        var body = Encoding.UTF8.GetBytes("""
            { "jurisdiction": "flanders", "setting": "school", "people": [ { "id": "p1", "ageYears": 14 } ],
              "behaviours": [ { "id": "b1", "actorId": "p1", "repeated": true, "repeatedAfterCorrection": false,
                "criteria": { "consent": "yellow", "voluntariness": "green", "equality": "green", "development": "green", "context": "green", "impact": "green" } } ],
              "history": [ { "id": "h1", "personId": "p7", "occurredOn": "2026-02-30", "flag": "yellow" } ] }
            """);
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors.Should().Equal(Library.AssessJson(body).Errors);
        problem.Errors.Select(e => e.Path).Should().Contain(
            ["$.behaviours[0].repeated", "$.behaviours[0].repeatedAfterCorrection", "$.history[0].occurredOn"]);
    }

    [Theory]
    [MemberData(nameof(TestFiles.CorpusCases), MemberType = typeof(TestFiles))]
    public async Task PostAssessments_BadInputCorpus_400WithExpectedPathAndCode(string name, string path, string code)
    {
        var body = TestFiles.CorpusFile(name);
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Errors.Should().Contain(e => e.Path == path && e.Code == code);
        problem.Errors.Should().Equal(Library.AssessJson(body).Errors);
    }

    [Fact]
    public async Task PostAssessments_BodyOverTheLimit_413ProblemTooLarge()
    {
        var body = new byte[Limits.MaxInputBytes + 1];
        Array.Fill(body, (byte)' ');
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.RequestEntityTooLarge);
        var problem = await Problem.ReadAsync(response);
        problem.Errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public async Task PostAssessments_BodyAtTheLimit_Read()
    {
        var json = Encoding.UTF8.GetString(TestFiles.Case("yellow-class-comment.json"));
        var body = Encoding.UTF8.GetBytes(json + new string(' ', Limits.MaxInputBytes - Encoding.UTF8.GetByteCount(json)));
        body.Length.Should().Be(Limits.MaxInputBytes);
        using var response = await factory.CreateClient().PostAsync("/assessments", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task PostAssessments_NotJson_415Problem()
    {
        using var content = new StringContent("jurisdiction=flanders", Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await factory.CreateClient().PostAsync("/assessments", content);

        response.StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
        var problem = await Problem.ReadAsync(response);
        problem.Status.Should().Be(415);
        problem.Type.Should().Be("urn:sensoa-flags:problem:unsupported-media-type", "the project's own problem type, like 400 and 413");
    }

    [Fact]
    public async Task PostAssessments_BadQuery_400ProblemNamingTheParameters()
    {
        using var response = await factory.CreateClient().PostAsync("/assessments?lang=de&at=tomorrow", Problem.Json(TestFiles.Case("yellow-class-comment.json")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Type.Should().Be("urn:sensoa-flags:problem:invalid-query");
        problem.Errors.Select(e => e.Path).Should().Equal("?lang", "?at");
    }

    [Fact]
    public async Task PostAssessments_AtGivenTime_ReferralsSayWhetherOpen()
    {
        var body = TestFiles.Case("two-person-sexting.json");
        using var response = await factory.CreateClient().PostAsync("/assessments?at=2026-03-02T10:00:00%2B01:00", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var expected = Library.AssessJson(body, new AssessmentOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)) }).Assessment!;
        (await response.Content.ReadAsStringAsync()).Should().Be(SensoaJson.Serialize(expected) + "\n").And.Contain("\"availability\"");
    }
}
