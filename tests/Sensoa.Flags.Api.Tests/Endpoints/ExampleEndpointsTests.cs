using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Tests.Endpoints;

public sealed class ExampleEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly IFlagAssessor Library = FlagAssessor.Create();

    [Theory]
    [InlineData("en")]
    [InlineData("nl")]
    public async Task PostExamples_SextingCase_TheLibrarysClosestPerBehaviour(string lang)
    {
        var body = TestFiles.Case("two-person-sexting.json");
        using var response = await factory.CreateClient().PostAsync($"/examples?lang={lang}", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        document.RootElement.GetProperty("examplesVersion").GetString().Should().Be(WorkedExamples.Version);
        var incident = SensoaJson.ParseIncident(body).Incident!;
        var behaviours = document.RootElement.GetProperty("behaviours");
        behaviours.EnumerateArray().Select(b => b.GetProperty("behaviourId").GetString()).Should().Equal(incident.Behaviours.Select(b => b.Id));
        foreach (var behaviour in behaviours.EnumerateArray())
        {
            var expected = WorkedExamples.Closest(incident, behaviour.GetProperty("behaviourId").GetString()!, 3, CultureInfo.GetCultureInfo(lang));
            var matches = behaviour.GetProperty("matches").EnumerateArray().ToList();
            matches.Select(m => m.GetProperty("example").GetProperty("id").GetString()).Should().Equal(expected.Select(m => m.Example.Id));
            matches.Select(m => m.GetProperty("distance").GetInt32()).Should().Equal(expected.Select(m => m.Distance));
            matches.Select(m => m.GetProperty("example").GetProperty("description").GetString()).Should().Equal(expected.Select(m => m.Example.Description));
            matches[0].GetProperty("example").GetProperty("expectedFlag").GetString().Should().Be(
                JsonNamingPolicy.CamelCase.ConvertName(expected[0].Example.ExpectedFlag.ToString()), "enums are named as in the contract");

            // Every example says it is the library's own, not one of Sensoa's.
            matches.Should().OnlyContain(m => m.GetProperty("example").GetProperty("source").GetProperty("isLibrary").GetBoolean());
            matches.Select(m => m.GetProperty("example").GetProperty("attribution").GetString()).Should().Equal(expected.Select(m => m.Example.Attribution));
        }
    }

    [Fact]
    public async Task PostExamples_Count1_OneEach()
    {
        using var response = await factory.CreateClient().PostAsync("/examples?count=1", Problem.Json(TestFiles.Case("two-person-sexting.json")));

        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        document.RootElement.GetProperty("behaviours").EnumerateArray().Should().OnlyContain(b => b.GetProperty("matches").GetArrayLength() == 1);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("11")]
    [InlineData("three")]
    [InlineData("99999999999")]
    public async Task PostExamples_BadCount_400NamingTheQuery(string count)
    {
        using var response = await factory.CreateClient().PostAsync($"/examples?count={count}", Problem.Json(TestFiles.Case("two-person-sexting.json")));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainSingle().Which.Path.Should().Be("?count");
    }

    [Fact]
    public async Task PostExamples_InvalidIncident_TheSameErrorsAsAnAssessment()
    {
        var body = Encoding.UTF8.GetBytes("""
            { "jurisdiction": "flanders", "setting": "school", "people": [ { "id": "p1" } ],
              "behaviours": [ { "id": "b1", "actorId": "p9",
                "criteria": { "consent": "green", "voluntariness": "green", "equality": "green", "development": "green", "context": "green", "impact": "green" } } ] }
            """);
        using var response = await factory.CreateClient().PostAsync("/examples", Problem.Json(body));

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var problem = await Problem.ReadAsync(response);
        problem.Type.Should().Be("urn:sensoa-flags:problem:invalid-incident");
        problem.Errors.Should().Equal(Library.AssessJson(body).Errors);
    }
}
