using System.Text.RegularExpressions;

namespace Sensoa.Flags.Testing;

/// <summary>
/// Finds places where a text points outside the repository: the working notes it was built from (their folder, their
/// file names, the source documents' working copies) or a web address that is not a technical identifier. The project's
/// own account lives in docs/contract.md and docs/method.md, and sources are named by their published titles. Linked
/// into the unit tests (the texts the rules and the guidance cite) and the integration tests (every tracked file).
/// </summary>
internal static partial class OutsidePointers
{
    /// <summary>Web addresses that identify something rather than send a reader away: schema and XML namespaces.</summary>
    private static readonly string[] TechnicalAddresses =
    [
        "https://json-schema.org/draft/2020-12/schema",
        "http://www.w3.org/2000/svg",
        "http://www.w3.org/1999/xhtml",
        "http://www.w3.org/2001/XMLSchema",
        "https://api.nuget.org/v3/index.json", // the nuget.org feed in the nuget.config the README shows
    ];

    /// <summary>Hosts that lead nowhere outside: this machine, and names reserved for examples and tests.</summary>
    private static readonly string[] LocalHosts = ["127.0.0.1", "[::1]", "evil"];

    /// <summary>Domains reserved for documentation and tests, with their subdomains.</summary>
    private static readonly string[] ReservedDomains = ["localhost", "example", "invalid", "test", "example.org", "example.com", "example.net"];

    /// <summary>Gets every pointer outside the repository in <paramref name="text"/>, as "line N: what".</summary>
    public static IEnumerable<string> Find(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            foreach (Match match in WorkingNotes().Matches(lines[i]))
            {
                yield return $"line {i + 1}: '{match.Value}'";
            }

            foreach (Match match in WebAddress().Matches(lines[i]))
            {
                if (!IsTechnicalOrLocal(match.Value))
                {
                    yield return $"line {i + 1}: '{match.Value}'";
                }
            }
        }
    }

    private static bool IsTechnicalOrLocal(string address)
    {
        if (TechnicalAddresses.Any(allowed => address.StartsWith(allowed, StringComparison.OrdinalIgnoreCase)))
        {
            return true;
        }

        var host = address[(address.IndexOf("://", StringComparison.Ordinal) + 3)..].Split('/', '?', '#')[0];
        host = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return LocalHosts.Contains(host, StringComparer.OrdinalIgnoreCase)
            || ReservedDomains.Any(domain => host.Equals(domain, StringComparison.OrdinalIgnoreCase)
                || host.EndsWith("." + domain, StringComparison.OrdinalIgnoreCase));
    }

    // The notes folder by relative or absolute path, the spec, contract and style pages by name, the source documents'
    // folder and working file names (three digits, an underscore, sixteen hex digits), and that folder's name used as
    // a name for the sources.
    [GeneratedRegex(@"(\.\./|/work/)shared\b|\b(CONTRACT|DOMAIN|STYLE)\.md\b|\bseeds[/\\]|\bthe\s+seeds(?![A-Za-z])|\b[0-9]{3}_[0-9a-f]{16}\.txt\b", RegexOptions.CultureInvariant)]
    private static partial Regex WorkingNotes();

    [GeneratedRegex(@"\bhttps?://[^\s""'<>)`]+", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}
