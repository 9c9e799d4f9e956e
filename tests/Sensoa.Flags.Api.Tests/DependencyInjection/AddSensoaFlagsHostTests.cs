using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Api.Tests.DependencyInjection;

/// <summary>
/// <c>AddSensoaFlags</c> as the README shows it, in an ASP.NET Core host of its own: the clock comes from the container,
/// and a call's options add to the configured ones.
/// </summary>
public sealed class AddSensoaFlagsHostTests
{
    // A Saturday morning in Brussels: the reporting point is closed, the 24/7 lines are open.
    private static readonly DateTimeOffset Saturday = new(2026, 11, 28, 10, 0, 0, TimeSpan.FromHours(1));

    [Fact]
    public async Task Host_CallWithoutOptions_OpenNowFromTheContainersClockInTheConfiguredLanguage()
    {
        await using var app = await StartAsync();
        var json = await AssessAsync(app, "/plain");
        json.Should().Be(SensoaJson.Serialize(Dutch(new FakeTimeProvider(Saturday))));
        json.Should().Contain("\"availability\"", "the container's clock is the default");
    }

    [Fact]
    public async Task Host_CallSetsOnlyTheClock_ConfiguredLanguageKept()
    {
        await using var app = await StartAsync();
        (await AssessAsync(app, "/own-clock")).Should().Be(SensoaJson.Serialize(Dutch(new FakeTimeProvider(Saturday.AddDays(-1)))));
    }

    [Fact]
    public async Task Host_CallSetsClockToNull_NoOpenNowFields()
    {
        await using var app = await StartAsync();
        var json = await AssessAsync(app, "/no-clock");
        json.Should().Be(SensoaJson.Serialize(Dutch(null)));
        json.Should().NotContain("\"availability\"");
    }

    private static Assessment Dutch(TimeProvider? clock) => FlagAssessor.Create()
        .AssessJson(TestFiles.Case("two-person-sexting.json"), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl"), TimeProvider = clock })
        .Assessment!;

    private static async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Saturday));
        builder.Services.AddSensoaFlags(o => o.Culture = CultureInfo.GetCultureInfo("nl"));
        var app = builder.Build();
        app.MapPost("/plain", async (HttpRequest request, IFlagAssessor assessor) => Write(assessor.AssessJson(await BodyAsync(request))));
        app.MapPost("/own-clock", async (HttpRequest request, IFlagAssessor assessor) =>
            Write(assessor.AssessJson(await BodyAsync(request), new AssessmentOptions { TimeProvider = new FakeTimeProvider(Saturday.AddDays(-1)) })));
        app.MapPost("/no-clock", async (HttpRequest request, IFlagAssessor assessor) =>
            Write(assessor.AssessJson(await BodyAsync(request), new AssessmentOptions { TimeProvider = null })));
        await app.StartAsync();
        return app;
    }

    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static IResult Write(AssessmentResult result) => Results.Text(SensoaJson.Serialize(result.Assessment!), "application/json");

    private static async Task<string> AssessAsync(WebApplication app, string path)
    {
        using var client = app.GetTestClient();
        using var content = new ByteArrayContent(TestFiles.Case("two-person-sexting.json"));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(new Uri(path, UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }
}
