using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sensoa.Flags.Api.Tests.Hosting;

/// <summary>
/// The sample logs at Warning by default (its appsettings.json): request lines, which carry paths and query strings,
/// stay out of the log, while the host still says where it listens.
/// </summary>
public sealed class LoggingDefaultsTests(ApiFactory factory) : IClassFixture<ApiFactory>
{
    [Fact]
    public void Logging_ByDefault_RequestsBelowWarningAreNotLogged()
    {
        var loggers = factory.Services.GetRequiredService<ILoggerFactory>();

        loggers.CreateLogger("Microsoft.AspNetCore.Hosting.Diagnostics").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Microsoft.AspNetCore.Routing.EndpointMiddleware").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Sensoa.Flags.Api").IsEnabled(LogLevel.Information).Should().BeFalse();
        loggers.CreateLogger("Sensoa.Flags.Api").IsEnabled(LogLevel.Warning).Should().BeTrue();
        loggers.CreateLogger("Microsoft.Hosting.Lifetime").IsEnabled(LogLevel.Information).Should().BeTrue();
    }
}
