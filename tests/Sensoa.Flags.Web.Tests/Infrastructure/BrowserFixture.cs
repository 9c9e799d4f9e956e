namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// The server and one English browser, shared by the browser tests: starting Chromium costs more than most tests.
/// Every test opens the page afresh (the page keeps nothing, so a reload is a clean start) and leaves the window as it found it.
/// </summary>
public sealed class BrowserFixture : IDisposable
{
    public const int Width = 1280;
    public const int Height = 1000;

    private readonly Lazy<PageSession> page;

    public BrowserFixture()
    {
        page = new(() => new PageSession(Server, "en-GB", Width, Height));
    }

    public PageServer Server { get; } = new();

    public PageSession Page => page.Value;

    public void Dispose()
    {
        if (page.IsValueCreated)
        {
            page.Value.Dispose();
        }

        Server.Dispose();
    }
}
