using System.Text.Json.Nodes;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The case file's history on the page: loaded from and saved to the incident file, added by hand, and named by the result.</summary>
[Collection(BrowserCollection.Name)]
public sealed class HistoryTests(BrowserFixture browser)
{
    private static string HistoryCase => Path.Combine(AppContext.BaseDirectory, "cases", "red-repeated-from-history.json");

    [BrowserFact]
    public void HistoryCase_OpenedThenSaved_TheSameIncident()
    {
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("sensoa-web-").FullName;
        try
        {
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "allow", ["downloadPath"] = folder });
            page.Open();
            page.Find("load-file").SendKeys(HistoryCase);
            page.WaitUntil(() => page.Text("#tools-status").Contains("red-repeated-from-history.json", StringComparison.Ordinal), "the file to be read");
            page.Text("#tools-status").Should().NotContain("left out", "the form has a place for the history");
            page.Find("f-history-1-id").GetAttribute("value").Should().Be("case-2026-017");

            page.Click("save-json");

            var saved = Path.Combine(folder, "incident.json");
            page.WaitUntil(() => File.Exists(saved) && new FileInfo(saved).Length > 0, "the saved file");
            JsonNode.DeepEquals(Sorted(JsonNode.Parse(File.ReadAllText(saved))), Sorted(JsonNode.Parse(File.ReadAllText(HistoryCase)))).Should().BeTrue();
        }
        finally
        {
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "default" });
            Directory.Delete(folder, recursive: true);
        }
    }

    [BrowserFact]
    public void HistoryEntryAddedByHand_ResultNamesIt()
    {
        var page = browser.Page;
        page.Open();
        page.Type("f-people-0-ageYears", "14");
        page.Type("f-people-1-ageYears", "14");
        foreach (var criterion in new[] { "consent", "voluntariness", "equality", "development", "context", "impact" })
        {
            page.Click($"f-behaviours-0-criteria-{criterion}-{(criterion == "consent" ? "yellow" : "green")}");
        }

        page.Type("f-behaviours-0-labels", "jokes");
        page.Click("add-history");
        page.Type("f-history-0-id", "case-77");
        page.Driver.ExecuteScript("const i = document.getElementById('f-history-0-occurredOn'); i.value = '2026-09-01'; i.dispatchEvent(new Event('input', { bubbles: true }));");
        page.Choose("f-history-0-flag", "yellow");
        page.Type("f-history-0-labels", "Jokes");

        page.Assess();

        var result = page.Text("#result");
        result.Should().Contain("case-77").And.Contain("2026-09-01").And.Contain("history.repetition");
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
