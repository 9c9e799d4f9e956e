using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>Version 3: who the actor is (<c>relation</c>) is read into the form, sent, and shown in the result, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RelationTests(BrowserFixture browser)
{
    private static string ParentCase => Path.Combine(AppContext.BaseDirectory, "cases", "black-parent-consult-first.json");

    [BrowserFact]
    public void ParentCase_RelationInTheFormAndTheResult_ConsultFirstBeforeTheParents()
    {
        var page = browser.Page;
        page.Open();
        page.Find("load-file").SendKeys(ParentCase);
        page.WaitUntil(() => page.Text("#tools-status").Contains("black-parent-consult-first.json", StringComparison.Ordinal), "the file to be read");
        page.Text("#tools-status").Should().NotContain("left out", "the form has a place for relation");
        page.First("#f-behaviours-0-relation").GetAttribute("value").Should().Be("family");

        page.Assess();
        page.Text("#result").Should().Contain("Who the actor is to those affected").And.Contain("family: parent");
        page.Text("#result").Should().Contain("Vertrouwenscentrum Kindermishandeling");
        page.Text("#referrals").Should().Contain("101");
        page.Text("#result").Should().Contain("Kind of step: Sensoa, \"Reageren op seksueel gedrag", "a step of the reaction guide cites the guide for its kind only");
        page.ConsoleErrors().Should().BeEmpty();
    }
}
