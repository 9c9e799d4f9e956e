using System.Text.Json;

namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// axe-core (npm, <c>tests/Sensoa.Flags.Web.Tests/package.json</c>), injected into the page by the test driver (never
/// served by the app, so the content security policy stays as it is), run with the WCAG 2.0 and 2.1 A and AA rules.
/// </summary>
public static class Axe
{
    /// <summary>The WCAG tags the page is held to.</summary>
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static string ScriptPath => Repository.Path("tests", "Sensoa.Flags.Web.Tests", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Why axe cannot run here, or null when it can.</summary>
    public static string? Missing => File.Exists(ScriptPath)
        ? null
        : $"no axe-core at {ScriptPath}: run npm ci in tests/Sensoa.Flags.Web.Tests";

    /// <summary>Runs axe on the whole document; returns one line per violation and node ("rule (impact): target"), empty when clean.</summary>
    public static IReadOnlyList<string> Violations(PageSession page)
    {
        page.Driver.ExecuteScript(File.ReadAllText(ScriptPath));
        var json = (string)page.Driver.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify([{ id: 'axe-error', impact: String(e), nodes: [] }])));
            """,
            Tags.Cast<object>().ToList())!;
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .SelectMany(v => v.GetProperty("nodes").GetArrayLength() == 0
                ? [$"{v.GetProperty("id").GetString()} ({v.GetProperty("impact")})"]
                : v.GetProperty("nodes").EnumerateArray().Select(n =>
                    $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact")}): {n.GetProperty("target")}"))
            .ToList();
    }
}
