using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Sensoa.Flags.Api.Endpoints;
using Sensoa.Flags.Api.OpenApi;
using Sensoa.Flags.Api.Page;

namespace Sensoa.Flags.Api;

/// <summary>
/// The HTTP API: <c>POST /assessments</c>, <c>GET /referrals</c>, <c>GET /criteria</c>, <c>GET /pitfalls</c>, <c>GET /rules</c>, <c>POST /examples</c>,
/// the page for professionals at <c>/</c> with its texts (<c>GET /texts/{lang}.json</c>), <c>GET /health</c> and the OpenAPI document at
/// <c>/openapi/v1.json</c>. Every error is an RFC 9457 problem details document.
/// </summary>
/// <remarks>Public so that the HTTP load test (benchmarks/) hosts the app as this sample builds it, without its internals.</remarks>
public static class ApiApp
{
    /// <summary>The most a body may take on the wire, framing included: six bytes per byte of a body at the limit, and room for chunk extensions.</summary>
    public const long FramedBodyLimit = 8L * Sensoa.Flags.Limits.MaxInputBytes;

    /// <summary>Builds the app; <paramref name="configure"/> lets a test or the load test adjust the builder (a log capture, Kestrel limits).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);

        // The request lines ("Request starting POST .../assessments?case=...") carry query strings, which may name a case:
        // they stay out of the log even when the rest is raised to Information. Bodies are never logged by anything here.
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.Warning);

        // The handler enforces the body limit itself, on the bytes of the body, so that the answer is the same problem
        // document under any server. Kestrel's own limit only stops a runaway: it counts the chunk framing too (a body of
        // 1 MiB in one-byte chunks is 6 MiB on the wire), so at the handler's limit it would refuse chunked bodies that fit.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = FramedBodyLimit);

        // Kestrel answers a request line or headers over its limits with a bare 414 or 431; its limits are raised, and the
        // documented ones (Kestrel's defaults) are checked by the app, which answers with a problem document (RequestLimits).
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestLineSize = RequestLimits.HardRequestLine;
            kestrel.Limits.MaxRequestHeadersTotalSize = RequestLimits.HardHeadersTotal;
            kestrel.Limits.MaxRequestHeaderCount = RequestLimits.HardHeaderCount;

            // Past those, and for a request it cannot parse, Kestrel answers by itself: that answer gets a problem body too.
            kestrel.ConfigureEndpointDefaults(listen => listen.Use(BareErrorRewriter.Use));
        });
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddSensoaFlags();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton<ApiDocument>();
        builder.Services.AddHealthChecks().AddCheck<AssessorHealthCheck>("assessor");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseRequestLanguage();
        app.UseRequestLimits();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAssessmentPage();
        app.MapPageTexts();
        app.MapApiDocument();
        app.MapHealthChecks("/health");
        app.MapAssessments();
        app.MapReferrals();
        app.MapGuides();
        app.MapRules();
        app.MapExamples();
        return app;
    }
}
