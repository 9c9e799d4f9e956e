using System.Text.Json.Nodes;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>An incident file read into the form and saved again loses nothing and adds nothing.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CaseFileTests(BrowserFixture browser)
{
    [BrowserFact]
    public void SextingCase_OpenedThenSaved_TheSameIncident()
    {
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("sensoa-web-").FullName;
        try
        {
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "allow", ["downloadPath"] = folder });
            page.Open();
            page.OpenSextingCase();
            page.Text("#tools-status").Should().NotContain("left out", "the form has a place for every part of the shipped case");

            page.Click("save-json");

            var saved = Path.Combine(folder, "incident.json");
            page.WaitUntil(() => File.Exists(saved) && new FileInfo(saved).Length > 0, "the saved file");
            JsonNode.DeepEquals(Sorted(JsonNode.Parse(File.ReadAllText(saved))), Sorted(JsonNode.Parse(File.ReadAllText(SextingCase.FilePath)))).Should().BeTrue();
        }
        finally
        {
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "default" });
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The same JSON with every object's properties in name order, so that order does not count.</summary>
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
