using System.Net;
using System.Text.Json;

namespace Sensoa.Flags.Api.Tests.Endpoints;

/// <summary>Health, the OpenAPI document and the problem documents of the framework's own errors.</summary>
public sealed class ServiceEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetHealth_AssessorWorks_Healthy()
    {
        using var response = await factory.CreateClient().GetAsync("/health");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("Healthy");
    }

    [Fact]
    public async Task GetOpenApi_DocumentsEveryEndpoint()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
        var paths = document.RootElement.GetProperty("paths");
        paths.EnumerateObject().Select(p => p.Name).Should().Contain(["/assessments", "/referrals"]);
        var post = paths.GetProperty("/assessments").GetProperty("post");
        post.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _).Should().BeTrue();
        post.GetProperty("responses").EnumerateObject().Select(r => r.Name).Should().Contain(["200", "400", "413", "415"]);
        document.RootElement.GetProperty("components").GetProperty("schemas").TryGetProperty("Incident", out _).Should().BeTrue();
    }

    [Fact]
    public async Task UnknownRoute_404Problem()
    {
        using var response = await factory.CreateClient().GetAsync("/nothing-here");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Status.Should().Be(404);
    }

    [Fact]
    public async Task GetAssessments_WrongMethod_405Problem()
    {
        using var response = await factory.CreateClient().GetAsync("/assessments");

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        (await Problem.ReadAsync(response)).Status.Should().Be(405);
    }
}
