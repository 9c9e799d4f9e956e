using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Tests.Endpoints;

public sealed class ReferralEndpointsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task GetReferrals_Default_TheDirectoryInItsOrder()
    {
        using var document = await GetAsync(factory.CreateClient(), "/referrals");

        document.RootElement.GetProperty("directoryVersion").GetString().Should().Be(ReferralDirectory.Version);
        var referrals = document.RootElement.GetProperty("referrals");
        referrals.EnumerateArray().Select(r => r.GetProperty("id").GetString()).Should().Equal(ReferralDirectory.Ids);
        referrals[0].TryGetProperty("availability", out _).Should().BeFalse("without at= the answer depends on nothing but the directory");
    }

    [Fact]
    public async Task GetReferrals_LangNl_NamesInDutch()
    {
        using var document = await GetAsync(factory.CreateClient(), "/referrals?lang=nl");

        var first = document.RootElement.GetProperty("referrals")[0];
        var id = first.GetProperty("id").GetString()!;
        first.GetProperty("name").GetString().Should().Be(
            ReferralDirectory.Find(id, new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl") })!.Name);
    }

    [Fact]
    public async Task GetReferrals_AtNow_UsesTheAppsClock()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 4, 3, 0, 0, TimeSpan.Zero));
        using var app = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(clock)));
        using var document = await GetAsync(app.CreateClient(), "/referrals?at=now");

        var expected = ReferralDirectory.Ids.Select(id => ReferralDirectory.Find(id, new AssessmentOptions { TimeProvider = clock })!.Availability?.ToString()).ToArray();
        document.RootElement.GetProperty("referrals").EnumerateArray()
            .Select(r => r.TryGetProperty("availability", out var a) ? a.GetString() : null)
            .Should().Equal(expected.Select(a => a is null ? null : JsonNamingPolicy.CamelCase.ConvertName(a)));
        expected.Should().Contain(a => a != null);
    }

    [Fact]
    public async Task GetReferrals_BadLang_400Problem()
    {
        using var response = await factory.CreateClient().GetAsync("/referrals?lang=de");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await Problem.ReadAsync(response)).Errors.Should().ContainSingle().Which.Path.Should().Be("?lang");
    }

    private static async Task<JsonDocument> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        return JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync());
    }
}
