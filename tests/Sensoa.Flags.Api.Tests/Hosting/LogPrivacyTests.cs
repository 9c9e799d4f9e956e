using System.Text;
using Microsoft.Extensions.Logging;
using Sensoa.Flags.Api.Tests.Wire;

namespace Sensoa.Flags.Api.Tests.Hosting;

/// <summary>
/// What a request carries (its body, its query string) never reaches the log: not at the sample's default level, and not
/// when an operator raises it to Information. Checked on real Kestrel with every log entry captured, values included.
/// </summary>
public sealed class LogPrivacyTests
{
    private const string Secret = "zqxsecretzqx";

    public static TheoryData<string[]> Levels => new()
    {
        Array.Empty<string>(),
        new[] { "--Logging:LogLevel:Default=Information", "--Logging:LogLevel:Microsoft.AspNetCore=Information" },
    };

    private static byte[] Request(string target, string body) =>
        [.. LoopbackApi.Head(target, $"Content-Length: {Encoding.UTF8.GetByteCount(body)}"), .. Encoding.UTF8.GetBytes(body)];

    [Theory]
    [MemberData(nameof(Levels))]
    public async Task Log_RequestsWithSecretsInQueryAndBody_NeitherLogged(string[] settings)
    {
        await using var api = await LoopbackApi.StartAsync(settings);
        var incident = Encoding.UTF8.GetString(TestFiles.Case("two-person-sexting.json"));
        var withSecret = incident.Replace("\"description\": \"", $"\"description\": \"{Secret} ", StringComparison.Ordinal);
        withSecret.Should().Contain(Secret);

        (await api.SendAsync([Request($"/assessments?case={Secret}&author={Secret}&format=md", withSecret)])).Status.Should().Be(200);
        (await api.SendAsync([Request($"/assessments?lang={Secret}", withSecret)])).Status.Should().Be(400);
        (await api.SendAsync([Request($"/assessments?at={Secret}", "{\"" + Secret + "\": 1}")])).Status.Should().Be(400);
        (await api.SendAsync([Request($"/examples?count={Secret}", "{\"" + Secret + "\": ")])).Status.Should().Be(400);
        (await api.SendAsync([Request($"/nowhere?{Secret}=1", Secret)])).Status.Should().Be(404);
        await api.WaitForFinishedAsync(5);

        api.Log.Entries.Should().NotContain(e => e.Text.Contains(Secret, StringComparison.Ordinal));
        if (settings.Length > 0)
        {
            api.Log.Entries.Should().Contain(e => e.Level == LogLevel.Information, "the raised level must be in force for the check to mean anything");
        }
        else
        {
            api.Service<ILoggerFactory>().CreateLogger("Sensoa.Flags.Api").IsEnabled(LogLevel.Information).Should().BeFalse("the sample's appsettings.json is in force");
        }
    }
}
