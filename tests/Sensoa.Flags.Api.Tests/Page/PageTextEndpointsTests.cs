using System.Globalization;
using System.Net;
using System.Text.Json;
using Sensoa.Flags.Api.Localization;

namespace Sensoa.Flags.Api.Tests.Page;

/// <summary><c>texts/languages.json</c> and <c>texts/{lang}.json</c>: the page's languages and words, served where the page fetched them as files.</summary>
public sealed class PageTextEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    public static TheoryData<string> Supported() => [.. Languages.Supported];

    [Theory]
    [MemberData(nameof(Supported))]
    public async Task GetTexts_SupportedLanguage_ItsTableAsJson(string language)
    {
        using var response = await factory.CreateClient().GetAsync($"/texts/{language}.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        response.Headers.CacheControl!.NoStore.Should().BeTrue("the page's policy holds for its texts too");
        (await response.Content.ReadAsByteArrayAsync()).Should().Equal(PageTexts.Json(CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public async Task GetLanguages_TheLibrarysListDefaultFirst()
    {
        using var response = await factory.CreateClient().GetAsync("/texts/languages.json");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("application/json");
        JsonSerializer.Deserialize<string[]>(await response.Content.ReadAsByteArrayAsync()).Should().Equal(Languages.Supported);
    }

    [Theory]
    [InlineData("/texts/de.json")]
    [InlineData("/texts/EN.json")]
    [InlineData("/texts/nl-BE.json")]
    [InlineData("/texts/en")]
    public async Task GetTexts_NoSuchLanguage_404Problem(string path)
    {
        using var response = await factory.CreateClient().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Problem.ReadAsync(response)).Status.Should().Be(404);
    }

    [Fact]
    public async Task HeadTexts_AsAFileWas_LengthWithoutBody()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/texts/en.json");
        using var response = await factory.CreateClient().SendAsync(request);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentLength.Should().Be(PageTexts.Json(CultureInfo.GetCultureInfo("en")).Length);
        (await response.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
    }

    [Fact]
    public async Task OpenApi_PageTexts_NotDescribed()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());

        document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).Should().NotContain(p => p.StartsWith("/texts", StringComparison.Ordinal));
    }
}
