using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// A text of the shipped data (an organisation's name, an example's description) by its key in the library's table
/// (<see cref="Texts"/>): the data files hold what is not text, the tables hold the words in every language, so that a
/// new language is a new table and nothing in the data. The keys follow from the data's ids (<see cref="Organisation"/>,
/// <see cref="Example"/>), and a loader refuses data whose texts a supported language lacks (<see cref="RequireEveryLanguage"/>).
/// </summary>
internal sealed class LocalizedText
{
    private LocalizedText(string key) => Key = key;

    /// <summary>Gets the key of the text in the library's table.</summary>
    public string Key { get; }

    /// <summary>A text of an organisation of the directory: <c>directory.{jurisdiction}.{id}.{field}</c> (an id is unique within its jurisdiction only).</summary>
    public static LocalizedText Organisation(Jurisdiction jurisdiction, string id, string field) =>
        new($"directory.{EnumNames<Jurisdiction>.Name(jurisdiction)}.{id}.{field}");

    /// <summary>The description of a worked example: <c>example.{id}.description</c>.</summary>
    public static LocalizedText Example(string id) => new($"example.{id}.description");

    /// <summary>
    /// Refuses shipped data when a text of it has no version, or a blank one, in a supported language's own table (no
    /// fallback to English), so that a language added to <see cref="Languages.Supported"/> fails at load with every
    /// text it still needs instead of showing English or a key.
    /// </summary>
    /// <param name="data">The data file's name, for the message.</param>
    /// <param name="texts">Every text of the data.</param>
    /// <exception cref="InvalidOperationException">A text is missing in a language; the message names each key with its language.</exception>
    public static void RequireEveryLanguage(string data, IEnumerable<LocalizedText> texts)
    {
        var keys = texts.Select(text => text.Key).ToList();
        var missing = new List<string>();
        foreach (var code in Languages.Supported)
        {
            // English is the neutral table, the one the others fall back to.
            var culture = code == Languages.English ? CultureInfo.InvariantCulture : Languages.Culture(code);
            var table = Texts.Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false);
            missing.AddRange(keys.Where(key => string.IsNullOrWhiteSpace(table?.GetString(key))).Select(key => $"{key} ({code})"));
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The shipped data '{data}' has {missing.Count} texts without a version in the library's table: {string.Join(", ", missing)}.");
        }
    }

    /// <summary>Gets the text in the culture's language (English when it has no table).</summary>
    public string In(CultureInfo culture) => Texts.Get(Key, culture);
}
