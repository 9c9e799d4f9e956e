using OpenQA.Selenium;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The whole flow with the keyboard alone, and a name for every control.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KeyboardTests(BrowserFixture browser)
{
    [BrowserFact]
    public void KeyboardOnly_FillInAssessAndPrint_EveryStepReachable()
    {
        var page = browser.Page;
        page.Open();

        page.Press(Keys.Tab);
        page.ActiveId.Should().Be("skip", "the first Tab offers to skip to the form");
        page.Press(Keys.Enter);
        page.ActiveId.Should().Be("f-jurisdiction-flanders");
        page.TabTo("f-people-0-ageYears");
        page.Press("15");
        page.TabTo("f-people-1-ageYears");
        page.Press("14");
        page.TabTo("f-behaviours-0-affected-1");
        page.Press(Keys.Space);
        page.TabTo("f-behaviours-0-criteria-consent-unknown");
        page.Press(Keys.ArrowUp); // The radio group's previous level: black.
        page.ActiveId.Should().Be("f-behaviours-0-criteria-consent-black");
        page.TabTo("f-behaviours-0-criteria-voluntariness-unknown");
        page.Press(Keys.ArrowUp + Keys.ArrowUp); // Red.
        page.TabTo("assess");
        var before = page.ResultVersion;
        page.Press(Keys.Enter);
        page.WaitUntil(() => page.ResultVersion != before, "the result");

        page.ActiveId.Should().Be("result-heading");
        page.Text("#glance").Should().EndWith("black");
        page.Press(Keys.Tab);
        page.ActiveId.Should().Be("print", "printing is the next stop after the result's heading");
    }

    [BrowserFact]
    public void EveryControl_WithResultAndOverrideOpen_HasAName()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.AddRefusedOverride();
        page.Assess();

        var unnamed = (IReadOnlyCollection<object>)page.Driver.ExecuteScript(
            """
            const name = c => (c.getAttribute('aria-label') ?? '').trim()
              || [...(c.labels ?? [])].map(l => l.textContent).join(' ').trim()
              || (['BUTTON', 'A'].includes(c.tagName) ? c.textContent.trim() : '');
            return [...document.querySelectorAll('input, select, textarea, button, a[href]')]
              .filter(c => !c.closest('[hidden]') && name(c) === '')
              .map(c => c.id || c.outerHTML.slice(0, 80));
            """)!;
        unnamed.Should().BeEmpty();

        var groupsWithoutLegend = (IReadOnlyCollection<object>)page.Driver.ExecuteScript(
            "return [...document.querySelectorAll('input[type=radio]')].filter(r => !r.closest('fieldset')?.querySelector(':scope > legend')?.textContent.trim()).map(r => r.id);")!;
        groupsWithoutLegend.Should().BeEmpty("every group of choices is named by its legend");
    }
}
