namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// A browser test: skipped with the install command where Chromium is missing on a developer's machine, but never in
/// CI (<c>CI=true</c>), where a missing browser must fail the run rather than pass it silently.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Missing is { } why && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = why;
        }
    }
}
