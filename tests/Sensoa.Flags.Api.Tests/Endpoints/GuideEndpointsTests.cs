using System.Globalization;
using System.Net;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Tests.Endpoints;

public sealed class GuideEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl");

    [Fact]
    public async Task GetCriteria_Default_EnglishSameAsTheLibrary()
    {
        using var response = await factory.CreateClient().GetAsync("/criteria");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        (await response.Content.ReadAsStringAsync()).Should().Be(GuidanceJson.Serialize(SensoaCriteria.Guide()));
    }

    [Fact]
    public async Task GetCriteria_LangNl_Dutch()
    {
        var body = await factory.CreateClient().GetStringAsync("/criteria?lang=nl");

        body.Should().Be(GuidanceJson.Serialize(SensoaCriteria.Guide(Dutch)));
    }

    [Theory]
    [InlineData("nl-BE", "nl")]
    [InlineData("de-BE, nl;q=0.8, en;q=0.5", "nl")]
    [InlineData("en-GB, nl;q=0.9", "en")]
    [InlineData("de", "en")]
    [InlineData("nl;q=0, en;q=0.1", "en")]
    [InlineData("nl;q=0", "en")]
    [InlineData("de, es, it, pl, nl", "nl")]
    [InlineData("nl-BE;q=0.5, en-US;q=0.5", "nl")]
    [InlineData("NL", "nl")]
    [InlineData("nl;q=abc", "en")]
    public async Task GetPitfalls_AcceptLanguage_PicksEnglishOrDutch(string header, string expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/pitfalls");
        request.Headers.TryAddWithoutValidation("Accept-Language", header);
        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be(GuidanceJson.Serialize(SensoaPitfalls.Guide(CultureInfo.GetCultureInfo(expected))));
    }

    [Fact]
    public async Task GetCriteria_LangWinsOverAcceptLanguage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/criteria?lang=en");
        request.Headers.TryAddWithoutValidation("Accept-Language", "nl");
        using var response = await factory.CreateClient().SendAsync(request);

        (await response.Content.ReadAsStringAsync()).Should().Contain("\"language\": \"en\"");
    }

    [Theory]
    [InlineData("/criteria?lang=de")]
    [InlineData("/pitfalls?lang=")]
    public async Task GetGuides_BadLang_400Problem(string url)
    {
        using var response = await factory.CreateClient().GetAsync(url);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainSingle().Which.Path.Should().Be("?lang");
    }
}
