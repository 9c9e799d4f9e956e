using System.Diagnostics;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>One browser on the page: what a person does (type, click, choose) and sees (text, focus, layout).</summary>
public sealed class PageSession : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly PageServer server;

    public PageSession(PageServer server, string language = "en-GB", int width = 1280, int height = 1000)
    {
        this.server = server;
        Driver = Chromium.Start(language, width, height);
    }

    public ChromeDriver Driver { get; }

    public Uri Address => server.BaseAddress;

    /// <summary>Opens the page and waits until it is drawn in a language.</summary>
    public void Open()
    {
        // The console's entries so far belong to earlier tests (a refused incident logs its 400): read and dropped, so
        // that ConsoleErrors holds this test's alone, whatever order the tests run in.
        _ = Driver.Manage().Logs.GetLog(LogType.Browser);
        Driver.Navigate().GoToUrl(server.BaseAddress);
        WaitUntil(() => Language is not null, "the page to be drawn");
    }

    /// <summary>The language the page is drawn in, once it is ready.</summary>
    public string? Language => (string?)Driver.ExecuteScript("return document.body.dataset.ready ?? null;");

    public IWebElement Find(string id) => Driver.FindElement(By.Id(id));

    public IWebElement First(string css) => Driver.FindElement(By.CssSelector(css));

    public IReadOnlyList<IWebElement> All(string css) => Driver.FindElements(By.CssSelector(css));

    public string Text(string css) => First(css).Text;

    public string ActiveId => Driver.SwitchTo().ActiveElement().GetAttribute("id") ?? string.Empty;

    /// <summary>Types into a field as a person does: select what is there, type over it, leave the field.</summary>
    public void Type(string id, string text)
    {
        // One command: Ctrl+A (the second Control releases it), then the text or Delete, then Tab.
        Find(id).SendKeys(Keys.Control + "a" + Keys.Control + (text.Length == 0 ? Keys.Delete : text) + Keys.Tab);
    }

    public void Click(string id) => Find(id).Click();

    /// <summary>Picks an option of a drop-down list by its value, with the mouse.</summary>
    public void Choose(string selectId, string value) => First($"#{selectId} option[value='{value}']").Click();

    /// <summary>Presses Assess and waits until the result or the errors are shown.</summary>
    public void Assess()
    {
        var before = ResultVersion;
        Click("assess");
        WaitUntil(() => ResultVersion != before, "the result or the errors");
    }

    /// <summary>Changes with every result or error list drawn (the tests wait for it).</summary>
    public long ResultVersion => (long)Driver.ExecuteScript("return Number(document.body.dataset.answers ?? 0);")!;

    /// <summary>Presses keys on whatever has the focus, as a keyboard does.</summary>
    public void Press(string keys) => new OpenQA.Selenium.Interactions.Actions(Driver).SendKeys(keys).Perform();

    /// <summary>Presses Tab until <paramref name="id"/> has the focus; fails when it is not reached in <paramref name="most"/> presses.</summary>
    public int TabTo(string id, int most = 60)
    {
        for (var presses = 1; presses <= most; presses++)
        {
            Press(Keys.Tab);
            if (ActiveId == id)
            {
                return presses;
            }
        }

        throw new InvalidOperationException($"{id} was not reached with {most} presses of Tab; the focus is on '{ActiveId}'");
    }

    /// <summary>Opens the shipped sexting case from its file, through the page's file picker.</summary>
    public void OpenSextingCase()
    {
        Find("load-file").SendKeys(SextingCase.FilePath);
        WaitUntil(() => Text("#tools-status").Contains("two-person-sexting.json", StringComparison.Ordinal), "the file to be read");
    }

    /// <summary>Adds the override of <see cref="SextingCase"/> to the first behaviour.</summary>
    public void AddRefusedOverride()
    {
        Click("f-behaviours-0-override-on");
        Choose("f-behaviours-0-override-flag", "red");
        Choose("f-behaviours-0-override-basis", "organisationRule");
        Type("f-behaviours-0-override-reason", SextingCase.OverrideReason);
    }

    /// <summary>Runs a DevTools command (emulation, printing); returns its answer.</summary>
    public Dictionary<string, object?> DevTools(string command, Dictionary<string, object?>? parameters = null) =>
        (Dictionary<string, object?>?)Driver.ExecuteCdpCommand(command, parameters ?? []) ?? [];

    public void SwitchLanguage(string language)
    {
        Click($"lang-{language}");
        WaitUntil(() => Language == language, $"the page in {language}");
    }

    public void WaitUntil(Func<bool> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (condition())
                {
                    return;
                }
            }
            catch (StaleElementReferenceException)
            {
                // The page redrew a part while we looked: look again.
            }

            if (clock.Elapsed > Patience)
            {
                throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}");
            }

            Thread.Sleep(25);
        }
    }

    /// <summary>Saves a PNG of the whole page, or of one element, to the artifacts folder; returns its path.</summary>
    public string Screenshot(string name, string? css = null, int maxHeight = int.MaxValue)
    {
        var rect = (IReadOnlyDictionary<string, object>)Driver.ExecuteScript(
            """
            const node = arguments[0] ? document.querySelector(arguments[0]) : document.documentElement;
            const box = node.getBoundingClientRect();
            const margin = arguments[0] ? 12 : 0;
            const x = Math.max(0, box.left + window.scrollX - margin), y = Math.max(0, box.top + window.scrollY - margin);
            return { x, y, width: Math.min(document.documentElement.scrollWidth - x, Math.ceil(box.width) + 2 * margin),
                     height: Math.ceil(arguments[0] ? box.height + 2 * margin : document.documentElement.scrollHeight) };
            """,
            css!)!;
        var clip = new Dictionary<string, object?>
        {
            ["x"] = Convert.ToDouble(rect["x"], System.Globalization.CultureInfo.InvariantCulture),
            ["y"] = Convert.ToDouble(rect["y"], System.Globalization.CultureInfo.InvariantCulture),
            ["width"] = Convert.ToDouble(rect["width"], System.Globalization.CultureInfo.InvariantCulture),
            ["height"] = Math.Min(maxHeight, Convert.ToDouble(rect["height"], System.Globalization.CultureInfo.InvariantCulture)),
            ["scale"] = 1,
        };
        var shot = (Dictionary<string, object?>)Driver.ExecuteCdpCommand(
            "Page.captureScreenshot", new Dictionary<string, object?> { ["format"] = "png", ["captureBeyondViewport"] = true, ["clip"] = clip })!;
        var path = Path.Combine(Artifacts.Directory, name + ".png");
        File.WriteAllBytes(path, Convert.FromBase64String((string)shot["data"]!));
        return path;
    }

    /// <summary>The browser console's errors (a content security policy violation is one).</summary>
    public IReadOnlyList<string> ConsoleErrors() =>
        [.. Driver.Manage().Logs.GetLog(LogType.Browser).Where(e => e.Level >= LogLevel.Warning).Select(e => e.Message)];

    public void Dispose()
    {
        Driver.Quit();
        Driver.Dispose();
    }
}
