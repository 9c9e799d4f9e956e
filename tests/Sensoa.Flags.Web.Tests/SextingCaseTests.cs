using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The shipped sexting incident, assessed in the browser as a professional would, in English and in Dutch.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SextingCaseTests(BrowserFixture browser)
{
    [BrowserFact]
    public async Task SextingCase_FilledInByHand_ShowsFlagsReferralsAndTheRefusedOverride()
    {
        var page = browser.Page;
        page.Open();
        SextingCase.FillIn(page);
        page.Assess();

        var expected = await AssessAsync("en");
        page.All(".field-error").Should().BeEmpty();
        ShowsTheAssessment(page, expected, "en");
        page.Text("#glance li[data-behaviour='own-picture']").Should().EndWith("green");
        page.Text("#glance li[data-behaviour='forwarding']").Should().EndWith("black");
        page.First("#glance li[data-behaviour='forwarding'] .flag").GetAttribute("class").Should().Contain("flag-black");
        page.Text("[data-behaviour='own-picture'] .verdict.refused").Should().Be("Refused: the final flag stays green.");
        page.Text("#referrals .referral[data-id='child-focus']").Should().Contain("116 000").And.Contain("Open now");
        page.ActiveId.Should().Be("result-heading", "the result takes the focus, so a screen reader reads it next");
        page.Screenshot("sexting-case-en-page");
        page.Screenshot("sexting-case-en", "#result");
        var top = page.Screenshot("sexting-case-en-top", "#result", maxHeight: 1500);
        if (Environment.GetEnvironmentVariable("SENSOA_ACCEPT") == "1")
        {
            // The README's picture of the page, renewed like the other snapshots.
            File.Copy(top, Repository.Path("docs", "web-page.png"), overwrite: true);
        }
    }

    [BrowserFact]
    public async Task SextingCase_OpenedFromItsFileThenDutch_ResultInDutch()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.AddRefusedOverride();
        page.Assess();
        ShowsTheAssessment(page, await AssessAsync("en"), "en");

        page.SwitchLanguage("nl");

        page.Find("lang-nl").GetAttribute("aria-pressed").Should().Be("true");
        page.ActiveId.Should().Be("lang-nl", "switching keeps the focus where it was");
        page.Text("h1").Should().Be("Een incident beoordelen met het Vlaggensysteem van Sensoa");
        page.Text("label[for='f-people-0-ageYears']").Should().Be("Leeftijd op dat moment (jaar)");
        page.Find("f-people-0-ageYears").GetAttribute("value").Should().Be("15", "the form keeps what was filled in");
        ShowsTheAssessment(page, await AssessAsync("nl"), "nl");
        page.Text("#glance li[data-behaviour='forwarding']").Should().EndWith("zwart");
        page.Text("[data-behaviour='own-picture'] .verdict.refused").Should().Be("Geweigerd: de eindvlag blijft groen.");
        page.Text("#referrals .referral[data-id='child-focus']").Should().Contain("116 000").And.Contain("Nu open");
        page.Screenshot("sexting-case-nl", "#result");
    }

    [BrowserFact]
    public async Task SextingCase_FiredRulesAndConsiderations_ShowTheirSourcesFromGetRules()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.Assess();

        var expected = await AssessAsync("en");
        using var client = browser.Server.CreateClient();
        var rules = await client.GetFromJsonAsync<JsonElement>("/rules?lang=en");
        var sources = rules.GetProperty("rules").EnumerateArray().Concat(rules.GetProperty("considerations").EnumerateArray())
            .Select(r => r.GetProperty("source").GetProperty("part").GetString())
            .ToArray();
        foreach (var behaviour in expected.GetProperty("behaviours").EnumerateArray())
        {
            var id = behaviour.GetProperty("behaviourId").GetString();
            var shown = page.All($".behaviour-result[data-behaviour='{id}'] .rule-source").Select(e => e.Text).ToArray();
            var fired = behaviour.GetProperty("firedRules").GetArrayLength() + behaviour.GetProperty("considerations").GetArrayLength();
            shown.Should().HaveCount(fired, "every fired rule and every consideration shows what it rests on");
            shown.Should().OnlyContain(line => line.StartsWith("Source: ", StringComparison.Ordinal) && sources.Any(part => line.Contains(part!, StringComparison.Ordinal)));
        }
    }

    [BrowserFact]
    public async Task SextingCase_ResponseSteps_ShowWhatEachRestsOn()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.Assess();

        var expected = await AssessAsync("en");
        foreach (var behaviour in expected.GetProperty("behaviours").EnumerateArray())
        {
            var id = behaviour.GetProperty("behaviourId").GetString();
            var details = behaviour.GetProperty("responses").EnumerateArray().SelectMany(r => r.GetProperty("stepDetails").EnumerateArray()).ToArray();
            var wanted = details.Select(d => d.GetProperty("source")).Select(source => source.GetProperty("isLibrary").GetBoolean()
                ? $"Source: Sensoa.Flags’ own choice: {source.GetProperty("part").GetString()}"
                : $"Source: {source.GetProperty("document").GetString()}, {source.GetProperty("part").GetString()}");

            page.All($".behaviour-result[data-behaviour='{id}'] .step-source").Select(e => e.Text).Should().Equal(wanted, "every step shows its source, in the answer's order");
            page.All($".behaviour-result[data-behaviour='{id}'] li[data-kind]").Select(e => e.GetAttribute("data-kind")).Should().Equal(
                details.Select(d => d.GetProperty("kind").GetString()));
        }
    }

    /// <summary>What the API answers for the same incident: the page must show exactly the library's words.</summary>
    private async Task<JsonElement> AssessAsync(string lang)
    {
        using var client = browser.Server.CreateClient();
        using var response = await client.PostAsJsonAsync($"/assessments?lang={lang}&at=now", SextingCase.Incident());
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    private static void ShowsTheAssessment(PageSession page, JsonElement expected, string lang)
    {
        foreach (var behaviour in expected.GetProperty("behaviours").EnumerateArray())
        {
            var id = behaviour.GetProperty("behaviourId").GetString();
            var part = page.Text($".behaviour-result[data-behaviour='{id}']");
            foreach (var rule in behaviour.GetProperty("firedRules").EnumerateArray())
            {
                part.Should().Contain(rule.GetProperty("message").GetString());
            }

            foreach (var consideration in behaviour.GetProperty("considerations").EnumerateArray())
            {
                part.Should().Contain(consideration.GetProperty("message").GetString());
            }

            foreach (var step in behaviour.GetProperty("responses").EnumerateArray().SelectMany(r => r.GetProperty("steps").EnumerateArray()))
            {
                part.Should().Contain(step.GetString());
            }

            if (behaviour.GetProperty("override") is { ValueKind: JsonValueKind.Object } verdict && verdict.GetProperty("refusal").GetString() is { } refusal)
            {
                page.Text($".behaviour-result[data-behaviour='{id}'] .refusal").Should().Be(refusal);
            }
        }

        var referrals = page.All("#referrals .referral");
        referrals.Select(r => r.GetAttribute("data-id")).Should().Equal(
            expected.GetProperty("referrals").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
        foreach (var (shown, referral) in referrals.Zip(expected.GetProperty("referrals").EnumerateArray()))
        {
            shown.Text.Should().Contain(referral.GetProperty("name").GetString()).And.Contain(referral.GetProperty("why").GetString());
            if (referral.GetProperty("phone").GetString() is { } phone)
            {
                shown.Text.Should().Contain(phone);
            }
        }

        page.All("#examples .examples li").Should().NotBeEmpty();
        page.Driver.ExecuteScript("return document.documentElement.lang;").Should().Be(lang);
    }
}
