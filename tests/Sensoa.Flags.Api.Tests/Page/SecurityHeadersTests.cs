using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Sensoa.Flags.Api.Page;

namespace Sensoa.Flags.Api.Tests.Page;

/// <summary>The page's headers (no caching, no referrer, its content security policy) are on every answer, a failure's too.</summary>
public sealed class SecurityHeadersTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public async Task Get_Page_CarriesTheHeaders()
    {
        using var response = await factory.CreateClient().GetAsync("/");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task Get_UnknownPath_404CarriesTheHeaders()
    {
        using var response = await factory.CreateClient().GetAsync("/no-such-thing");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        ShouldCarryTheHeaders(response);
    }

    [Fact]
    public async Task Get_HandlerThrows_500CarriesTheHeaders()
    {
        // The exception handler clears the response's headers before it writes the 500: the headers must survive that.
        using var app = factory.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new BrokenClock())));

        using var response = await app.CreateClient().GetAsync("/referrals?at=now");

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        ShouldCarryTheHeaders(response);
    }

    private static void ShouldCarryTheHeaders(HttpResponseMessage response)
    {
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        response.Headers.GetValues("Content-Security-Policy").Should().Equal(AssessmentPage.ContentSecurityPolicy);
        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
    }

    private sealed class BrokenClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("a clock that fails");
    }
}
