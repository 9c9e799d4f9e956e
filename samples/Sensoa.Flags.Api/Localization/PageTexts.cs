using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Api.Localization;

/// <summary>
/// The page's own words (labels, hints, messages of <c>wwwroot</c>) behind stable keys, one table per language in this
/// folder: <c>PageTexts.resx</c> (English, neutral) and <c>PageTexts.nl.resx</c> (Dutch). The page reads them as
/// <c>texts/{lang}.json</c> (<see cref="Page.PageTextEndpoints"/>); a counting text has a form per plural category
/// (<c>key.one</c>, <c>key.other</c>), which the page picks.
/// </summary>
internal static class PageTexts
{
    public static readonly ResourceManager Resources = new("Sensoa.Flags.Api.Localization.PageTexts", typeof(PageTexts).Assembly);

    /// <summary>The key of a language's name for itself.</summary>
    public const string OwnName = "lang.name";

    private static readonly JsonWriterOptions Layout = new()
    {
        // As a JSON file is written by hand: two spaces, one text a line, letters such as é and … as they are.
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes the codes of the page's languages, the library's list with the default first, as a JSON array: <c>["en","nl"]</c>.</summary>
    public static byte[] LanguageList()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var code in Languages.Supported)
            {
                writer.WriteStringValue(code);
            }

            writer.WriteEndArray();
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// Writes every text of a language as one JSON object (keys in ordinal order, a line each, a newline at the end), the
    /// English text for a key the language's table lacks. Each language's own name (<c>lang.name</c> in its table) goes
    /// into every language's object as <c>lang.{code}</c>, the key the page labels that language's button with, so that
    /// a language names itself in its own table only.
    /// </summary>
    public static byte[] Json(CultureInfo culture)
    {
        var texts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (DictionaryEntry entry in Resources.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!)
        {
            var key = (string)entry.Key;
            if (key != OwnName)
            {
                texts[key] = Resources.GetString(key, culture)!;
            }
        }

        foreach (var code in Languages.Supported)
        {
            texts["lang." + code] = Resources.GetString(OwnName, Languages.Culture(code))!;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Layout))
        {
            writer.WriteStartObject();
            foreach (var (key, text) in texts)
            {
                writer.WriteString(key, text);
            }

            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }
}
