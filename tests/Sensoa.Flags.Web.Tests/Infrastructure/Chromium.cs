using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// Headless Chromium from the system's packages (Debian: <c>chromium</c> and <c>chromium-driver</c>) driven through its
/// own chromedriver: nothing is downloaded. <c>SENSOA_CHROMIUM</c> and <c>SENSOA_CHROMEDRIVER</c> point elsewhere.
/// </summary>
public static class Chromium
{
    public static string BrowserPath => Environment.GetEnvironmentVariable("SENSOA_CHROMIUM") ?? "/usr/bin/chromium";

    public static string DriverPath => Environment.GetEnvironmentVariable("SENSOA_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public static string? Missing => File.Exists(BrowserPath) && File.Exists(DriverPath)
        ? null
        : $"no Chromium at {BrowserPath} or no chromedriver at {DriverPath}: apt-get install chromium chromium-driver";

    /// <summary>Starts a browser whose preferred language is <paramref name="language"/>, at a window size in CSS pixels.</summary>
    public static ChromeDriver Start(string language, int width, int height)
    {
        var options = new ChromeOptions { BinaryLocation = BrowserPath };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--force-device-scale-factor=1",
            $"--window-size={width},{height}", $"--lang={language}", "--hide-scrollbars", "--no-first-run", "--disable-extensions",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-default-apps");
        options.AddUserProfilePreference("intl.accept_languages", language);
        options.SetLoggingPreference(LogType.Browser, LogLevel.All);
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }
}
