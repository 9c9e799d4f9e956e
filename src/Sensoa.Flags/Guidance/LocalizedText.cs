using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// A text in shipped data (a referral's name, an example's description) with one version per supported language, stored
/// as <c>{"en": ..., "nl": ...}</c>; a culture gets the version of its language (<see cref="Languages.Of"/>).
/// </summary>
[JsonConverter(typeof(Converter))]
internal sealed class LocalizedText
{
    private readonly Dictionary<string, string> versions;

    /// <param name="versions">A text for each of <see cref="Languages.Supported"/>.</param>
    public LocalizedText(IReadOnlyDictionary<string, string> versions)
    {
        var missing = Languages.Supported.FirstOrDefault(code => !versions.ContainsKey(code));
        if (missing is not null)
        {
            throw new ArgumentException($"No text in '{missing}'.", nameof(versions));
        }

        this.versions = new(versions, StringComparer.Ordinal);
    }

    public string In(CultureInfo culture) => versions[Languages.Of(culture)];

    /// <summary>Reads the shipped worked examples' texts as strictly as the rest of their data: every language, no other property.</summary>
    internal sealed class Converter : JsonConverter<LocalizedText>
    {
        public override LocalizedText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException("Expected a text as an object of languages.");
            }

            var read = new Dictionary<string, string>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var code = reader.GetString()!;
                if (!Languages.IsSupported(code) || !reader.Read() || reader.TokenType != JsonTokenType.String || !read.TryAdd(code, reader.GetString()!))
                {
                    throw new JsonException($"Not a text in a supported language: '{code}'.");
                }
            }

            return Languages.Supported.All(read.ContainsKey)
                ? new LocalizedText(read)
                : throw new JsonException("A text needs every supported language: " + string.Join(", ", Languages.Supported) + ".");
        }

        public override void Write(Utf8JsonWriter writer, LocalizedText value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var code in Languages.Supported)
            {
                writer.WriteString(code, value.versions[code]);
            }

            writer.WriteEndObject();
        }
    }
}
