namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// A browser test that also needs axe-core: skipped where Chromium or <c>node_modules</c> is missing on a developer's
/// machine, never in CI (<c>CI=true</c>), where <c>.ci/run</c> installs both.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AxeFactAttribute : FactAttribute
{
    public AxeFactAttribute()
    {
        if ((Chromium.Missing ?? Axe.Missing) is { } why && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Skip = why;
        }
    }
}
