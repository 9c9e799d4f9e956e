using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>axe-core with the WCAG 2.1 A and AA rules on every state a person meets: zero violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserFixture browser)
{
    [AxeFact]
    public void EmptyForm_NoViolations()
    {
        var page = browser.Page;
        page.Open();
        Axe.Violations(page).Should().BeEmpty();
    }

    [AxeFact]
    public void Result_SextingCaseWithARefusedOverride_NoViolations()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.AddRefusedOverride();
        page.Assess();
        Axe.Violations(page).Should().BeEmpty();
    }

    [AxeFact]
    public void DutchPage_WithAResult_NoViolations()
    {
        var page = browser.Page;
        page.Open();
        page.SwitchLanguage("nl");
        page.OpenSextingCase();
        page.Assess();
        page.Driver.ExecuteScript("return document.documentElement.lang;").Should().Be("nl");
        Axe.Violations(page).Should().BeEmpty();
    }

    [AxeFact]
    public void ErrorState_MissingAges_NoViolations()
    {
        var page = browser.Page;
        page.Open();
        page.Click("f-behaviours-0-criteria-consent-yellow");
        page.Assess();
        page.All(".field-error").Should().NotBeEmpty();
        Axe.Violations(page).Should().BeEmpty();
    }

    [AxeFact]
    public void PhoneWidth_FormAndResult_NoViolations()
    {
        var page = browser.Page;
        page.DevTools("Emulation.setDeviceMetricsOverride", new() { ["width"] = 390, ["height"] = 844, ["deviceScaleFactor"] = 1, ["mobile"] = true });
        try
        {
            page.Open();
            Axe.Violations(page).Should().BeEmpty("the empty form at 390 px");
            page.OpenSextingCase();
            page.AddRefusedOverride();
            page.Assess();
            Axe.Violations(page).Should().BeEmpty("the result at 390 px: its tables fit, nothing scrolls sideways out of reach");
            page.SwitchLanguage("nl");
            page.Assess();
            Axe.Violations(page).Should().BeEmpty("the Dutch result at 390 px, with its longer words");
        }
        finally
        {
            page.DevTools("Emulation.clearDeviceMetricsOverride");
        }
    }
}
