using OpenQA.Selenium;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The library's own errors, placed beside the field their JSON path names.</summary>
[Collection(BrowserCollection.Name)]
public sealed class FieldErrorTests(BrowserFixture browser)
{
    [BrowserFact]
    public void MissingAge_Assessed_TheLibrarysErrorBesideTheAgeField()
    {
        var page = browser.Page;
        page.Open();
        page.Type("f-people-0-ageYears", "14");
        page.Click("f-behaviours-0-criteria-consent-yellow");
        page.Assess();

        page.All(".field-error").Should().ContainSingle("only the second person's age is missing");
        var error = page.Find("w-people-1-ageYears").FindElement(By.CssSelector(".field-error"));
        error.Text.Should().EndWith("required");
        var age = page.Find("f-people-1-ageYears");
        age.GetAttribute("aria-invalid").Should().Be("true");
        age.GetAttribute("aria-describedby")!.Split(' ').Should().Contain(error.GetAttribute("id"), "a screen reader reads the error with the field");
        page.Find("result").Displayed.Should().BeFalse();
        page.ActiveId.Should().Be("error-summary");
        page.Text("#error-summary").Should().Contain("Person 2, Age at the time (years)");
        page.Text("#error-summary p").Should().Be("1 problem; it is shown beside its field.");

        page.First("#error-summary button").Click();

        page.ActiveId.Should().Be("f-people-1-ageYears", "the summary leads to the field");
    }

    [BrowserFact]
    public void OverrideWithoutReason_InDutch_ErrorBesideTheReasonThenGoneWhenGiven()
    {
        var page = browser.Page;
        page.Open();
        page.SwitchLanguage("nl");
        page.Type("f-people-0-ageYears", "9");
        page.Type("f-people-1-ageYears", "9");
        page.Click("f-behaviours-0-criteria-consent-green");
        page.Click("f-behaviours-0-override-on");
        page.Choose("f-behaviours-0-override-flag", "yellow");
        page.Choose("f-behaviours-0-override-basis", "organisationRule");
        page.Assess();

        var error = page.Find("w-behaviours-0-override-reason").FindElement(By.CssSelector(".field-error"));
        error.Text.Should().Be("!verplicht", "the library writes its message in the page's language (the icon is the \"!\")");
        page.Text("#error-summary p").Should().Be("1 probleem; het staat naast zijn veld.", "one problem, in the singular");
        page.All(".field-error").Should().ContainSingle();

        page.Type("f-behaviours-0-override-reason", "De groep speelt in een ruimte zonder toezicht.");
        page.Assess();

        page.All(".field-error").Should().BeEmpty();
        page.Find("result").Displayed.Should().BeTrue();
        page.Text("[data-behaviour='b1'] .verdict").Should().StartWith("Aanvaard");
    }
}
