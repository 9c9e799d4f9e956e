using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Sensoa.Flags.Api.Endpoints;
using Sensoa.Flags.Api.Page;

namespace Sensoa.Flags.Api;

/// <summary>
/// The HTTP API: <c>POST /assessments</c>, <c>GET /referrals</c>, <c>GET /criteria</c>, <c>GET /pitfalls</c>, <c>GET /rules</c>, <c>POST /examples</c>,
/// the page for professionals at <c>/</c>, <c>GET /health</c> and the OpenAPI document at
/// <c>/openapi/v1.json</c>. Every error is an RFC 9457 problem details document.
/// </summary>
internal static class ApiApp
{
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        // Kestrel refuses larger bodies before the handler reads them; the handler enforces the same limit itself,
        // so that the answer is the same problem document under any server (and under the test server).
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = Sensoa.Flags.Limits.MaxInputBytes);
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.AddServerHeader = false);

        builder.Services.AddSensoaFlags();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = Problems.Customize);
        builder.Services.AddOpenApi();
        builder.Services.AddHealthChecks().AddCheck<AssessorHealthCheck>("assessor");
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAssessmentPage();
        app.MapOpenApi();
        app.MapHealthChecks("/health");
        app.MapAssessments();
        app.MapReferrals();
        app.MapGuides();
        app.MapRules();
        app.MapExamples();
        return app;
    }
}
