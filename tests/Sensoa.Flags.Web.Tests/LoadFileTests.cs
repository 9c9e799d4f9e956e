using System.Text.Json.Nodes;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>
/// The page loads exactly what an incident file says, or lists each part it could not load with the reason; it never
/// makes up a value: no dropped person ids, split or trimmed labels, criteria rated "unknown" or booleans made false.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LoadFileTests(BrowserFixture browser)
{
    private const string Tricky = """
        {
          "jurisdiction": "flanders",
          "setting": "school",
          "involvesSexting": "yes",
          "people": [{ "id": "a", "ageYears": 15 }, { "id": "b", "ageYears": 14 }],
          "behaviours": [{
            "id": "b1", "actorId": "a", "affectedIds": ["b", "ghost"],
            "criteria": { "consent": "red", "voluntariness": "yellow", "equality": "green", "development": "green", "context": "green" },
            "labels": ["staff,pupil", " padded "]
          }]
        }
        """;

    /// <summary>Runs the page's own loading code on a file's text: what it could not load, and the incident it would send.</summary>
    private (JsonArray NotLoaded, JsonObject Incident) Load(string json)
    {
        var page = browser.Page;
        page.Open();
        var answer = (string)page.Driver.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            import('./js/model.js')
              .then(m => { const { model, notLoaded } = m.fromIncident(JSON.parse(arguments[0])); done(JSON.stringify({ notLoaded, incident: m.toIncident(model).incident })); })
              .catch(e => done(JSON.stringify({ error: String(e) })));
            """,
            json)!;
        var result = JsonNode.Parse(answer)!.AsObject();
        result["error"].Should().BeNull();
        return (result["notLoaded"]!.AsArray(), result["incident"]!.AsObject());
    }

    private static IEnumerable<string> Parts(JsonArray notLoaded) => notLoaded.Select(n => $"{(string)n!["path"]!} {(string)n["reason"]!}");

    [BrowserFact]
    public void ShippedCases_LoadedAndSentAsTheyAre_NothingListed()
    {
        foreach (var file in Directory.GetFiles(Repository.Path("samples", "cases"), "*.json"))
        {
            var text = File.ReadAllText(file);
            var (notLoaded, incident) = Load(text);
            notLoaded.Should().BeEmpty(Path.GetFileName(file));
            JsonNode.DeepEquals(Sorted(incident), Sorted(JsonNode.Parse(text))).Should().BeTrue($"{Path.GetFileName(file)} is sent as it is, but was {incident.ToJsonString()}");
        }
    }

    [BrowserFact]
    public void TrickyFile_EachPartNotLoadedListedNoValueMadeUp()
    {
        var (notLoaded, incident) = Load(Tricky);
        Parts(notLoaded).Should().Equal("$.involvesSexting load.notBoolean", "$.behaviours[0].affectedIds[1] load.noSuchPerson");

        incident.ContainsKey("involvesSexting").Should().BeFalse("\"yes\" is not made into false");
        var behaviour = incident["behaviours"]![0]!.AsObject();
        behaviour["affectedIds"]!.AsArray().Select(n => (string)n!).Should().Equal("b");
        behaviour["criteria"]!.AsObject().Select(p => p.Key).Should().NotContain("impact", "a criterion the file leaves out is not rated unknown");
        behaviour["labels"]!.AsArray().Select(n => (string)n!).Should().Equal("staff,pupil", " padded ");
    }

    [BrowserFact]
    public void WrongKindsDanglingIdsAndUnknownFields_ListedWithTheirReasons()
    {
        var json = """
            {
              "setting": 3, "occurredYearsAgo": "two", "extra": 1,
              "people": [{ "id": "a", "ageYears": "12", "hasDisability": "no" }, "b", { "id": "c" }],
              "behaviours": [{
                "id": "x", "actorId": "nobody", "affectedIds": [7, "c"], "description": "  ",
                "criteria": { "consent": "purple", "consnet": "red" },
                "labels": ["ok", 5], "override": "red", "awareAtTheTime": 1
              }, "not a behaviour"]
            }
            """;
        var (notLoaded, incident) = Load(json);
        Parts(notLoaded).Should().BeEquivalentTo(
            "$.extra load.noField",
            "$.setting load.notText",
            "$.occurredYearsAgo load.notNumber",
            "$.people[0].ageYears load.notNumber",
            "$.people[0].hasDisability load.notBoolean",
            "$.people[1] load.notObject",
            "$.behaviours[0].actorId load.noSuchPerson",
            "$.behaviours[0].affectedIds[0] load.notText",
            "$.behaviours[0].criteria.consnet load.noField",
            "$.behaviours[0].labels[1] load.notText",
            "$.behaviours[0].override load.notObject",
            "$.behaviours[0].awareAtTheTime load.notBoolean",
            "$.behaviours[1] load.notObject");

        // Nothing made up: no jurisdiction or setting the file does not give, no actor, the odd flag sent as it is.
        incident.Select(p => p.Key).Should().BeEquivalentTo("people", "behaviours");
        var behaviour = incident["behaviours"]![0]!.AsObject();
        behaviour.ContainsKey("actorId").Should().BeFalse();
        behaviour["description"]!.GetValue<string>().Should().Be("  ");
        JsonNode.DeepEquals(behaviour["criteria"], JsonNode.Parse("""{ "consent": "purple" }""")).Should().BeTrue(behaviour["criteria"]!.ToJsonString());
        behaviour["labels"]!.AsArray().Select(n => (string)n!).Should().Equal("ok");
    }

    [BrowserFact]
    public void NoCriteriaAtAll_NoneSent()
    {
        var (_, incident) = Load("""{ "jurisdiction": "flanders", "setting": "school", "people": [{ "id": "a" }], "behaviours": [{ "id": "x", "actorId": "a" }] }""");
        incident["behaviours"]![0]!.AsObject().ContainsKey("criteria").Should().BeFalse();
    }

    [BrowserFact]
    public void RepeatedUnderItsVersion2Name_SentUnderThatName()
    {
        var (notLoaded, incident) = Load("""{ "people": [{ "id": "a" }], "behaviours": [{ "id": "x", "actorId": "a", "repeatedAfterCorrection": true }] }""");

        notLoaded.Should().BeEmpty();
        var behaviour = incident["behaviours"]![0]!.AsObject();
        behaviour["repeatedAfterCorrection"]!.GetValue<bool>().Should().BeTrue();
        behaviour.ContainsKey("repeated").Should().BeFalse();
    }

    [BrowserFact]
    public void RepeatedBothNamesDisagreeing_BothSentForTheLibraryToRefuse()
    {
        var (_, incident) = Load("""{ "people": [{ "id": "a" }], "behaviours": [{ "id": "x", "actorId": "a", "repeated": true, "repeatedAfterCorrection": false }] }""");

        var behaviour = incident["behaviours"]![0]!.AsObject();
        behaviour["repeated"]!.GetValue<bool>().Should().BeTrue();
        behaviour["repeatedAfterCorrection"]!.GetValue<bool>().Should().BeFalse();
    }

    [BrowserFact]
    public void History_OddParts_ListedNotMadeUp()
    {
        var (notLoaded, incident) = Load("""
            { "people": [{ "id": "a" }], "behaviours": [{ "id": "x", "actorId": "a" }],
              "history": [{ "id": "h1", "personId": "ghost", "occurredOn": "2026-01-02", "flag": "orange", "labels": ["k,l"] }, 5] }
            """);

        notLoaded.Select(n => n!["path"]!.GetValue<string>()).Should().Equal("$.history[0].personId", "$.history[1]");
        var entry = incident["history"]!.AsArray().Single()!.AsObject();
        entry["flag"]!.GetValue<string>().Should().Be("orange", "an odd value goes to the library as it is");
        entry["labels"]!.AsArray().Select(n => (string)n!).Should().Equal("k,l");
    }

    /// <summary>Opens the file through the page's file picker, lets <paramref name="edit"/> change the form, saves it: the status and the saved file.</summary>
    private (string Status, JsonNode Saved) OpenAndSave(string json, Action<PageSession>? edit = null)
    {
        var page = browser.Page;
        var folder = Directory.CreateTempSubdirectory("sensoa-web-").FullName;
        try
        {
            var file = Path.Combine(folder, "tricky.json");
            File.WriteAllText(file, json);
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "allow", ["downloadPath"] = folder });
            page.Open();
            page.Find("load-file").SendKeys(file);
            page.WaitUntil(() => page.Text("#tools-status").Contains("tricky.json", StringComparison.Ordinal), "the file to be read");
            var status = page.Text("#tools-status");
            edit?.Invoke(page);
            page.Click("save-json");
            var saved = Path.Combine(folder, "incident.json");
            page.WaitUntil(() => File.Exists(saved) && new FileInfo(saved).Length > 0, "the saved file");
            return (status, JsonNode.Parse(File.ReadAllText(saved))!);
        }
        finally
        {
            page.DevTools("Browser.setDownloadBehavior", new() { ["behavior"] = "default" });
            Directory.Delete(folder, recursive: true);
        }
    }

    [BrowserFact]
    public void TrickyFile_OpenedAndSaved_StatusNamesEachPartAndTheSavedFileHoldsNoMadeUpValue()
    {
        var (status, saved) = OpenAndSave(Tricky, page =>
        {
            // The criterion the file leaves out has no choice made; "yes" is not shown as ticked.
            page.All("input[name='f-behaviours-0-criteria-impact']:checked").Should().BeEmpty();
            page.Find("f-involvesSexting").Selected.Should().BeFalse();
        });
        status.Should().Contain("$.involvesSexting (not true or false); $.behaviours[0].affectedIds[1] (no person in the file has this id)");
        var behaviour = saved["behaviours"]![0]!;
        behaviour["labels"]!.AsArray().Select(n => (string)n!).Should().Equal("staff,pupil", " padded ");
        behaviour["criteria"]!.AsObject().ContainsKey("impact").Should().BeFalse();
    }

    [BrowserFact]
    public void LabelsFieldEdited_SplitAtCommasAndTrimmedAsTyped()
    {
        var (_, saved) = OpenAndSave(Tricky, page => page.Type("f-behaviours-0-labels", "staff, pupil"));
        saved["behaviours"]![0]!["labels"]!.AsArray().Select(n => (string)n!).Should().Equal("staff", "pupil");
    }

    /// <summary>The same JSON with every object's properties in name order, so that order does not count.</summary>
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
