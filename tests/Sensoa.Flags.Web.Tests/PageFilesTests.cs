using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sensoa.Flags.Web.Tests.Infrastructure;

namespace Sensoa.Flags.Web.Tests;

/// <summary>The page's files as served: every text it names exists, nothing points elsewhere, the policy on every answer.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class PageFilesTests(BrowserFixture browser)
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "wwwroot");

    [Fact]
    public async Task Texts_EveryKeyThePageNames_Exists()
    {
        // As the page gets them: from the server, which writes them from the API's tables (their keys and languages are checked in Sensoa.Flags.Api.Tests).
        var english = await TextsAsync("en");
        var named = Directory.EnumerateFiles(Path.Combine(Root, "js"), "*.js")
            .SelectMany(f => TextKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Directory.EnumerateFiles(Root, "*.html").SelectMany(f => DataKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value)))
            .Distinct()
            .ToList();

        named.Should().HaveCountGreaterThan(50);
        // A counting text has a form per plural category instead of one text.
        named.Where(k => !english.ContainsKey(k + ".other")).Should().BeSubsetOf(english.Keys);
        english.Keys.Where(k => k.EndsWith(".one", StringComparison.Ordinal)).Should().OnlyContain(k => english.ContainsKey(k.Substring(0, k.Length - 4) + ".other"));
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
    [InlineData("/texts/languages.json")]
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

    private async Task<Dictionary<string, string>> TextsAsync(string lang)
    {
        using var client = browser.Server.CreateClient();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(await client.GetStringAsync($"texts/{lang}.json"))!;
    }

    [GeneratedRegex(@"\bt\('([A-Za-z.]+)'")]
    private static partial Regex TextKey();

    [GeneratedRegex(@"data-t=""([A-Za-z.]+)""")]
    private static partial Regex DataKey();
}
