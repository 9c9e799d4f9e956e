using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The page's files as served: both languages complete, nothing that points elsewhere, the policy on every answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageFilesTests(BrowserFixture browser)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    /// <summary>Words that are the same in both languages.</summary>
    private static readonly string[] SameInDutch =
        ["lang.en", "lang.nl", "setting.sport", "setting.online", "result.status", "result.labels", "result.criteria", "result.ruleChange",
         "criterion.context", "criterion.impact", "referral.website", "errors.field", "result.involvesSexting", "tools.save",
         "setting.school", "person.id", "result.ruleStart", "referral.contact", "referral.mail", "relation.partner"];

    [Fact]
    public void Texts_EnglishAndDutch_SameKeysNoneEmpty()
    {
        var english = Texts("en");
        var dutch = Texts("nl");

        dutch.Keys.Should().BeEquivalentTo(english.Keys);
        english.Values.Concat(dutch.Values).Should().NotContain(v => string.IsNullOrWhiteSpace(v));
        english.Where(e => e.Value == dutch[e.Key]).Select(e => e.Key).Should().BeSubsetOf(SameInDutch, "every other text is translated");
    }

    [Fact]
    public void Texts_EveryKeyThePageNames_Exists()
    {
        var english = Texts("en");
        var named = Directory.EnumerateFiles(Path.Combine(Root, "js"), "*.js")
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Directory.EnumerateFiles(Root, "*.html").SelectMany(f => DataKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)))
            .Distinct()
            .ToList();

        named.Should().HaveCountGreaterThan(50);
        named.Should().BeSubsetOf(english.Keys);
    }

    [Fact]
    public void PageFiles_NothingPointsOutside()
    {
        foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            // An SVG names its XML namespace with a URI; that is a name, not a place anything is fetched from.
            File.ReadAllText(file).Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal).Should().NotMatchRegex(@"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", $"{Path.GetFileName(file)} loads nothing from elsewhere");
        }
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/js/app.js")]
    [InlineData("/texts/nl.json")]
    [InlineData("/referrals")]
    [InlineData("/no-such-page")]
    public async Task Answer_AnyPath_CarriesThePolicyAndIsNotKept(string path)
    {
        using var client = browser.Server.CreateClient();
        using var response = await client.GetAsync(path);

        response.Headers.GetValues("Content-Security-Policy").Single().Should()
            .StartWith("default-src 'none'").And.Contain("script-src 'self'").And.Contain("connect-src 'self'").And.Contain("form-action 'none'");
        response.Headers.CacheControl!.NoStore.Should().BeTrue();
        if (path == "/")
        {
            response.StatusCode.Should().Be(HttpStatusCode.OK);
            (await response.Content.ReadAsStringAsync()).Should().Contain("<script type=\"module\" src=\"js/app.js\"></script>");
        }
    }

    private static Dictionary<string, string> Texts(string lang) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(Root, "texts", lang + ".json")))!;

    [GeneratedRegex(@"\bt\('([A-Za-z.]+)'")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"data-t=""([A-Za-z.]+)""")]
    private static partial Regex DataKey();
}
