using System.Text;

namespace Sensoa.Flags.Tests.Corpus;

/// <summary>
/// Bad inputs too large to commit (over 1 MiB, 10,000 levels deep, arrays of hundreds of thousands of items,
/// strings of most of a mebibyte), made in code from the corpus base so that they are counted and run like the files.
/// </summary>
internal static class GeneratedCorpus
{
    private const string Prefix = "generated/";
    private const string B = "$.behaviours[0]";

    private static readonly (CorpusCase Case, Func<byte[]> Make)[] Makers =
    [
        Case("input-2-mib", "$", ValidationCodes.TooLarge, () => WithDescription(new string('d', 2 * 1024 * 1024))),
        Case("input-1-mib-plus-one-of-spaces", "$", ValidationCodes.TooLarge, () => Encoding.ASCII.GetBytes(new string(' ', Limits.MaxInputBytes + 1))),
        Case("nesting-10000-arrays", "$" + Repeat("[0]", 16), ValidationCodes.TooLarge, () => Ascii(Repeat("[", 10_000) + Repeat("]", 10_000))),
        Case("nesting-10000-objects-in-property", "$.extra" + Repeat(".a", 15), ValidationCodes.TooLarge,
            () => Insert("\"extra\": " + Repeat("{\"a\":", 10_000) + "1" + Repeat("}", 10_000) + ",")),
        Case("nesting-100000-unclosed", "$" + Repeat("[0]", 16), ValidationCodes.TooLarge, () => Ascii(Repeat("[", 100_000))),
        Case("people-array-of-400000-numbers", "$.people", ValidationCodes.TooLarge,
            () => Replace("\"people\": [", "\"people\": [" + Repeat("0,", 400_000))),
        Case("affected-array-of-150000-ids", B + ".affectedIds", ValidationCodes.TooLarge,
            () => Replace("\"affectedIds\": [", "\"affectedIds\": [" + Repeat("\"p2\",", 150_000))),
        Case("description-of-900000-characters", B + ".description", ValidationCodes.TooLarge, () => WithDescription(new string('d', 900_000))),
        Case("description-of-150000-escapes", B + ".description", ValidationCodes.TooLarge, () => WithDescription(Repeat("\\u0041", 150_000))),
        Case("property-name-of-900000-characters", "$['" + new string('x', 64) + "...']", ValidationCodes.UnknownProperty,
            () => Insert("\"" + new string('x', 900_000) + "\": 1,")),
        Case("100000-unknown-properties", "$", ValidationCodes.TooLarge,
            () => Insert(string.Concat(Enumerable.Range(0, 100_000).Select(i => $"\"x{i}\":0,")))),
        Case("person-id-of-500000-characters", "$.people[1].id", ValidationCodes.TooLarge,
            () => Replace("\"id\": \"p2\"", "\"id\": \"" + new string('p', 500_000) + "\"")),
        Case("age-of-900000-digits", "$.people[0].ageYears", ValidationCodes.OutOfRange,
            () => Replace("\"ageYears\": 14", "\"ageYears\": " + new string('9', 900_000))),
    ];

    public static IEnumerable<CorpusCase> Cases => Makers.Select(m => m.Case);

    public static bool TryMake(string name, out byte[] bytes)
    {
        foreach (var (@case, make) in Makers)
        {
            if (@case.Name == name)
            {
                bytes = make();
                return true;
            }
        }

        bytes = [];
        return false;
    }

    private static (CorpusCase, Func<byte[]>) Case(string name, string path, string code, Func<byte[]> make) =>
        (new CorpusCase(Prefix + name, path, code), make);

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static byte[] Ascii(string text) => Encoding.ASCII.GetBytes(text);

    private static string BaseText => Encoding.UTF8.GetString(BadInputCorpus.Base);

    private static byte[] Replace(string old, string replacement)
    {
        var text = BaseText;
        var at = text.IndexOf(old, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new InvalidOperationException("the corpus base no longer holds " + old);
        }

        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length)));
    }

    /// <summary>Inserts properties at the start of the incident object.</summary>
    private static byte[] Insert(string properties) => Replace("{", "{" + properties);

    private static byte[] WithDescription(string description) => Replace("\"a description\"", "\"" + description + "\"");
}
