using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>
/// The case-file report (<c>format=html</c>) printed by Chromium as a person prints it: the shipped two-behaviour case
/// on at most five A4 pages. The PDF and, where poppler's <c>pdftoppm</c> is installed, a PNG per page are left in
/// <c>artifacts/web/</c> to look at.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ReportPrintTests(BrowserFixture browser)
{
    [BrowserFact]
    public Task TwoBehaviours_English_AtMostFivePages() => PrintAsync("en", "Case 2026-014");

    [BrowserFact]
    public Task TwoBehaviours_Dutch_AtMostFivePages() => PrintAsync("nl", "Dossier 2026-014");

    private async Task PrintAsync(string language, string footer)
    {
        using var client = browser.Server.CreateClient();
        using var content = new ByteArrayContent(File.ReadAllBytes(SextingCase.FilePath));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await client.PostAsync(
            new Uri($"/assessments?format=html&lang={language}&case=2026-014&author=J.%20Peeters&at=2026-11-27T15:59", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        var html = Path.Combine(Artifacts.Directory, $"report-{language}.html");
        await File.WriteAllTextAsync(html, await response.Content.ReadAsStringAsync());

        var page = browser.Page;
        page.Driver.Navigate().GoToUrl(new Uri(html).AbsoluteUri);
        var pdf = page.DevTools("Page.printToPDF", new() { ["printBackground"] = true, ["preferCSSPageSize"] = true, ["displayHeaderFooter"] = false });
        var bytes = Convert.FromBase64String((string)pdf["data"]!);
        var file = Path.Combine(Artifacts.Directory, $"report-{language}.pdf");
        await File.WriteAllBytesAsync(file, bytes);

        var pages = PageCount().Matches(System.Text.Encoding.Latin1.GetString(bytes)).Max(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        pages.Should().BeInRange(2, 5, "two behaviours print on at most five A4 pages");
        if (Pages(file, language) is { } text)
        {
            // With poppler installed, read the pages back: the foot of every page has the case and its number.
            for (var n = 1; n <= pages; n++)
            {
                text.Should().Contain(footer).And.MatchRegex($@"(page|pagina) {n} (of|van) {pages}");
            }
        }
    }

    /// <summary>The PDF's text (pdftotext) and a PNG per page (pdftoppm), when poppler is installed; null otherwise.</summary>
    private static string? Pages(string pdf, string language)
    {
        if (!File.Exists("/usr/bin/pdftoppm") || !File.Exists("/usr/bin/pdftotext"))
        {
            return null;
        }

        Run("/usr/bin/pdftoppm", "-r", "60", "-png", pdf, Path.Combine(Artifacts.Directory, $"report-{language}-page"));
        return Run("/usr/bin/pdftotext", "-layout", pdf, "-");
    }

    private static string Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, $"{program} failed");
        return output;
    }

    [GeneratedRegex(@"/Count (\d+)")]
    private static partial Regex PageCount();
}
