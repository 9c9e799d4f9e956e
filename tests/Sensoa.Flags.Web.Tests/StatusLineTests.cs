using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The status line speaks the page's language, also after a switch, and counts in proper plurals.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StatusLineTests(BrowserFixture browser)
{
    [BrowserFact]
    public void FileOpened_ThenDutch_TheStatusLineFollows()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.Text("#tools-status").Should().Be("Incident file two-person-sexting.json opened.");

        page.SwitchLanguage("nl");

        page.Text("#tools-status").Should().Be("Incidentbestand two-person-sexting.json geopend.");
    }

    [BrowserFact]
    public void FileNotJson_InDutch_TheReasonInDutch()
    {
        var page = browser.Page;
        page.Open();
        page.SwitchLanguage("nl");
        var file = Path.Combine(Artifacts.Directory, "not-an-incident.json");
        File.WriteAllText(file, "this is not JSON");
        page.Find("load-file").SendKeys(file);
        page.WaitUntil(() => page.Text("#tools-status").Length > 0, "the status line");

        page.Text("#tools-status").Should().Be("Het bestand kon niet als incident gelezen worden: het is geen JSON.");
    }

    [BrowserFact]
    public void TwoProblems_InDutch_PluralNotSlash()
    {
        var page = browser.Page;
        page.Open();
        page.SwitchLanguage("nl");
        page.Click("f-behaviours-0-criteria-consent-yellow");
        page.Assess();

        page.All(".field-error").Should().HaveCount(2);
        page.Text("#error-summary p").Should().Be("2 problemen; elk staat naast zijn veld.");
    }
}
