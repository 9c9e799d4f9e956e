using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// The API sample as it ships, on Kestrel at a free loopback port (a real socket the browser can reach, unlike
/// WebApplicationFactory's in-memory server), with the clock fixed so that "open now" is known. Stopped on dispose.
/// </summary>
public sealed class PageServer : IDisposable
{
    /// <summary>Friday 27 November 2026, 15:59 in Brussels: the reporting points are open, until 17:00.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 27, 14, 59, 0, TimeSpan.Zero);

    private readonly Factory factory = new();

    public PageServer()
    {
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.Single());
    }

    public Uri BaseAddress { get; }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    public void Dispose() => factory.Dispose();

    private sealed class Factory : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
    }
}
