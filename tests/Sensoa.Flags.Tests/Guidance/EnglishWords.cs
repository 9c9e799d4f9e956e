using System.Text.RegularExpressions;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>
/// The English names of the contract's enum values (as declared and as the JSON writes them) found in a text meant to be
/// Dutch: what the Dutch-output tests of the library and of the command line look for.
/// </summary>
internal static partial class EnglishWords
{
    // Names that are also ordinary Dutch words are left out: school, sport, online, open, stop, and the criteria context and impact.
    private static readonly HashSet<string> DutchToo = new(StringComparer.OrdinalIgnoreCase) { "school", "sport", "online", "open", "stop", "context", "impact" };

    private static readonly string[] EnglishNames = [.. new[]
        {
            typeof(Flag), typeof(CriterionRating), typeof(AssessmentStatus), typeof(Registration), typeof(ResponseRole),
            typeof(Intimacy), typeof(OverrideBasis), typeof(Setting), typeof(Jurisdiction), typeof(Availability), typeof(SensoaPitfall),
            typeof(ResponseStepKind), typeof(AgeBand), typeof(Criterion),
        }
        .SelectMany(t => Enum.GetNames(t))
        .SelectMany(n => new[] { n, JsonNamingCamel(n) })
        .Where(n => !DutchToo.Contains(n))
        .Distinct()];

    private static string JsonNamingCamel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    public static IEnumerable<string> In(string text) =>
        Word().Matches(text).Select(m => m.Value).Where(w => EnglishNames.Contains(w, StringComparer.Ordinal)).Distinct();

    // Rule and consideration ids (criteria.mostSevere, intimacy.handsOn) and referral ids are identifiers, not words.
    public static string WithoutIds(string report) => Id().Replace(report, string.Empty);

    [GeneratedRegex(@"(?<![\w\-]|\w\.)[A-Za-z]+(?![\w\-]|\.\w)")]
    private static partial Regex Word();

    [GeneratedRegex(@"[a-z0-9]+(?:[.\-][a-zA-Z0-9]+)+")]
    private static partial Regex Id();
}
