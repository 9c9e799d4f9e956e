using Microsoft.Extensions.FileProviders;

namespace Sensoa.Flags.Api.Page;

/// <summary>
/// The page for professionals at <c>/</c>: static files from <c>wwwroot</c> next to the app, and on every response
/// headers that keep everything on this machine (a content security policy that allows nothing from elsewhere, no
/// caching, no referrer).
/// </summary>
internal static class AssessmentPage
{
    /// <summary>
    /// Only this origin's own scripts, styles and API; no inline code, no frames, no form posts (the page submits
    /// through its script, so a form can never put what was typed into a URL), no plugins.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
        + "form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private static Task SetHeaders(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        // Incidents are sensitive: no browser or proxy keeps a copy of a page, an answer or an error.
        headers.CacheControl = "no-store";
        return Task.CompletedTask;
    }

    public static void UseAssessmentPage(this WebApplication app)
    {
        // Set as the answer starts, not before the rest of the pipeline runs: the exception handler clears every header
        // before it writes a 500, and a failure's answer needs them as much as any other.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(static state => SetHeaders((HttpResponse)state), context.Response);
            return next(context);
        });

        // From the app's own folder rather than the working directory, so `dotnet run --project ...` from anywhere and
        // the tests (which copy the files next to their assembly) serve the same page.
        var files = new PhysicalFileProvider(Path.Combine(AppContext.BaseDirectory, "wwwroot"));
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
    }
}
