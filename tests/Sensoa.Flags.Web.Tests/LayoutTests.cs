using System.Net.Http.Json;
using System.Text.Json;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>A phone-sized screen, and the print view that is the case file.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BrowserFixture browser)
{
    [BrowserFact]
    public void PhoneWidth_FormAndResult_NoSidewaysScrolling()
    {
        var page = browser.Page;
        AtPhoneWidth(page, () =>
        {
            page.Open();
            Overflow(page).Should().BeEmpty("nothing of the form may stick out sideways on a 390 px wide screen");
            page.Screenshot("form-phone", "#incident-form", maxHeight: 2400);
            page.OpenSextingCase();
            page.AddRefusedOverride();
            page.Assess();

            page.Driver.ExecuteScript("return window.innerWidth;").Should().Be(390L);
            Overflow(page).Should().BeEmpty("nothing of the result may stick out sideways");
            page.Text("#glance li[data-behaviour='forwarding']").Should().EndWith("black");
            page.Screenshot("sexting-case-phone", "#result");
        });
    }

    [BrowserFact]
    public async Task PhoneWidth_CaseFileReport_NoSidewaysScrolling()
    {
        // The case-file report as the API answers it, opened on a phone: its tables and lists of facts fit the screen.
        using var client = browser.Server.CreateClient();
        using var response = await client.PostAsJsonAsync("/assessments?format=html&lang=nl&case=2026-014&at=2026-11-27T15:59", SextingCase.Incident());
        response.EnsureSuccessStatusCode();
        var html = Path.Combine(Artifacts.Directory, "report-nl-phone.html");
        await File.WriteAllTextAsync(html, await response.Content.ReadAsStringAsync());

        var page = browser.Page;
        AtPhoneWidth(page, () =>
        {
            page.Driver.Navigate().GoToUrl(new Uri(html).AbsoluteUri);
            page.Driver.ExecuteScript("return window.innerWidth;").Should().Be(390L);
            Overflow(page).Should().BeEmpty("nothing of the report may stick out sideways on a 390 px wide screen");
            page.Screenshot("report-nl-phone", "body", maxHeight: 2400);
        });
    }

    [BrowserFact]
    public async Task PrintView_SextingCase_TheCaseFileWithoutTheForm()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.AddRefusedOverride();
        page.Type("case-reference", "2026-041");
        page.Type("case-author", "J. Peeters, CLB");
        page.Assess();
        page.DevTools("Emulation.setEmulatedMedia", new() { ["media"] = "print" });
        try
        {
            page.Find("incident-form").Displayed.Should().BeFalse();
            page.Find("tools").Displayed.Should().BeFalse();
            page.Find("print").Displayed.Should().BeFalse();
            var printed = page.Find("result").Text;

            // Everything the case-file report prints from the incident and its assessment is in the printed page.
            using var client = browser.Server.CreateClient();
            using var response = await client.PostAsJsonAsync("/assessments?lang=en&at=now", SextingCase.Incident());
            var assessment = await response.Content.ReadFromJsonAsync<JsonElement>();
            var incident = SextingCase.Incident();
            printed.Should().Contain(SextingCase.OverrideReason).And.Contain(assessment.GetProperty("ruleSetVersion").GetString())
                .And.Contain("Case: 2026-041").And.Contain("Assessed by: J. Peeters, CLB");
            foreach (var person in incident["people"]!.AsArray())
            {
                printed.Should().Contain((string)person!["id"]!);
            }

            foreach (var behaviour in incident["behaviours"]!.AsArray())
            {
                printed.Should().Contain((string)behaviour!["description"]!);
            }

            foreach (var text in Strings(assessment))
            {
                printed.Should().Contain(text);
            }

            var pdf = page.DevTools("Page.printToPDF", new() { ["printBackground"] = true, ["preferCSSPageSize"] = true });
            var bytes = Convert.FromBase64String((string)pdf["data"]!);
            File.WriteAllBytes(Path.Combine(Artifacts.Directory, "sexting-case-en.pdf"), bytes);
            System.Text.Encoding.ASCII.GetString(bytes, 0, 5).Should().Be("%PDF-");
        }
        finally
        {
            page.DevTools("Emulation.setEmulatedMedia", new() { ["media"] = string.Empty });
        }
    }

    /// <summary>The texts of an assessment meant for people: rule messages, considerations, refusals, steps, referral details.</summary>
    private static IEnumerable<string> Strings(JsonElement assessment)
    {
        foreach (var b in assessment.GetProperty("behaviours").EnumerateArray())
        {
            foreach (var r in b.GetProperty("firedRules").EnumerateArray())
            {
                yield return r.GetProperty("message").GetString()!;
            }

            foreach (var c in b.GetProperty("considerations").EnumerateArray())
            {
                yield return c.GetProperty("message").GetString()!;
            }

            if (b.GetProperty("override") is { ValueKind: JsonValueKind.Object } o && o.GetProperty("refusal").GetString() is { } refusal)
            {
                yield return refusal;
            }

            foreach (var step in b.GetProperty("responses").EnumerateArray().SelectMany(r => r.GetProperty("steps").EnumerateArray()))
            {
                yield return step.GetString()!;
            }
        }

        foreach (var referral in assessment.GetProperty("referrals").EnumerateArray())
        {
            foreach (var field in new[] { "name", "phone", "hours", "why", "contact", "mail", "website", "availabilityNote" })
            {
                if (referral.TryGetProperty(field, out var value) && value.GetString() is { Length: > 0 } text)
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>Runs <paramref name="steps"/> on a 390 × 844 phone screen, and gives the page its own size back after.</summary>
    private static void AtPhoneWidth(PageSession page, Action steps)
    {
        page.DevTools("Emulation.setDeviceMetricsOverride", new() { ["width"] = 390, ["height"] = 844, ["deviceScaleFactor"] = 1, ["mobile"] = true });
        try
        {
            steps();
        }
        finally
        {
            page.DevTools("Emulation.clearDeviceMetricsOverride");
        }
    }

    private static IReadOnlyCollection<object> Overflow(PageSession page) => (IReadOnlyCollection<object>)page.Driver.ExecuteScript(
        """
        const width = document.documentElement.clientWidth;
        const out = [...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null && e.getBoundingClientRect().right > width + 1);
        // A region that scrolls sideways inside the page (a wide table in a scroll box) is out of reach too.
        const scrolling = [...document.querySelectorAll('body *')].filter(e => e.offsetParent !== null && e.scrollWidth > e.clientWidth + 1
          && ['auto', 'scroll'].includes(getComputedStyle(e).overflowX));
        return [...(document.documentElement.scrollWidth > width ? ['page: ' + document.documentElement.scrollWidth] : []),
          ...out.map(e => e.id || e.className || e.tagName), ...scrolling.map(e => 'scrolls: ' + (e.id || e.className || e.tagName))];
        """)!;
}
