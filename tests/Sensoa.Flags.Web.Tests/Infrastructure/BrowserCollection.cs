namespace Sensoa.Flags.Web.Tests.Infrastructure;

/// <summary>
/// The browser tests share one server and run one after another: the machines that run them have few cores, and
/// browsers started side by side only wait for each other.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
