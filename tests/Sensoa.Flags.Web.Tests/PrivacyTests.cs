using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>Nothing leaves the machine: no request elsewhere, nothing in the address, nothing kept, a policy that enforces it.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PrivacyTests(BrowserFixture browser)
{
    [BrowserFact]
    public void Assessment_Done_NothingInTheAddressNothingKeptNothingFetchedElsewhere()
    {
        var page = browser.Page;
        page.Open();
        page.OpenSextingCase();
        page.Assess();
        page.SwitchLanguage("nl");

        page.Driver.Url.Should().Be(page.Address.ToString(), "the address bar never carries the case");
        var requests = (IReadOnlyCollection<object>)page.Driver.ExecuteScript("return performance.getEntriesByType('resource').map(e => e.name);")!;
        requests.Should().NotBeEmpty().And.OnlyContain(url => ((string)url).StartsWith(page.Address.ToString(), StringComparison.Ordinal));
        page.Driver.ExecuteScript("return document.cookie + localStorage.length + sessionStorage.length;").Should().Be("00");
        page.ConsoleErrors().Should().BeEmpty();
    }

    [BrowserFact]
    public void ContentSecurityPolicy_InlineScriptAndOutsideStyle_RefusedByTheBrowser()
    {
        var page = browser.Page;
        page.Open();

        var outcome = (string)page.Driver.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const refused = [];
            document.addEventListener('securitypolicyviolation', e => refused.push(e.effectiveDirective));
            const script = document.createElement('script');
            script.textContent = 'window.sneaked = true;';
            document.head.append(script);
            const style = document.createElement('link');
            style.rel = 'stylesheet';
            style.href = 'https://fonts.example.org/font.css';
            document.head.append(style);
            setTimeout(() => done(String(window.sneaked === true) + ' ' + refused.sort().join(',')), 300);
            """)!;

        outcome.Should().Be("false script-src-elem,style-src-elem");
    }

    [BrowserFact]
    public void BrowserInDutch_PageOpened_InDutch()
    {
        using var dutch = new PageSession(browser.Server, "nl-BE,nl", 1000, 800);
        dutch.Open();

        dutch.Language.Should().Be("nl");
        dutch.Text("h1").Should().Be("Een incident beoordelen met het Vlaggensysteem van Sensoa");
        dutch.Find("lang-nl").GetAttribute("aria-pressed").Should().Be("true");
        dutch.Text("label[for='f-people-0-ageYears']").Should().Be("Leeftijd op dat moment (jaar)");
    }
}
