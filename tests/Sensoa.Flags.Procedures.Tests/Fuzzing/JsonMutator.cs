using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Sensoa.Flags.Procedures.Tests.Fuzzing;

/// <summary>
/// Mutates a JSON document the ways that have broken readers: an unpaired surrogate or a control character in a string
/// or a property name, bytes cut off or flipped, a property deleted or given twice, a value of the wrong type, a huge
/// number, nesting far past the depth limit, or two of these at once. Driven by a seeded <see cref="Random"/>, so the
/// same seed gives the same mutations on every run and a failure names the one that failed.
/// </summary>
internal static class JsonMutator
{
    private static readonly string[] InStrings =
    [
        "\\ud800", "\\udfff", "\\ud800\\ud800", "x\\udc00", "\u0001", "\u001b[31m", "\\u0000", "\u007f", "\u2028", "\t\r\n", "\\", "\\u12",
    ];

    private static readonly string[] OddValues =
    [
        "42", "-1", "0.5", "\"text\"", "\"\"", "true", "false", "null", "[]", "{}", "[null]", "{\"x\":1}",
        "1e309", "-1e309", "99999999999999999999999999999", "-9223372036854775809", "1e-400", "123456789.123456789e300",
    ];

    /// <summary>One mutation of <paramref name="json"/>, and what it did (for the failure message).</summary>
    public static (byte[] Bytes, string Description) Mutate(string json, Random random)
    {
        var (text, what) = Once(json, random);
        if (random.Next(4) == 0)
        {
            var (again, second) = Once(Encoding.UTF8.GetString(text), random);
            return (again, what + ", then " + second);
        }

        return (text, what);
    }

    private static (byte[] Bytes, string Description) Once(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        switch (random.Next(10))
        {
            case 0:
            case 1:
                var quotes = Positions(json, '"');
                var at = quotes.Count == 0 ? 0 : quotes[random.Next(quotes.Count)] + 1;
                var payload = InStrings[random.Next(InStrings.Length)];
                return (Encoding.UTF8.GetBytes(json.Insert(at, payload)), $"inserted {Escape(payload)} at {at}");
            case 2:
                var cut = random.Next(bytes.Length + 1);
                return (bytes[..cut], $"cut at byte {cut}");
            case 3:
                var flipped = (byte[])bytes.Clone();
                var flips = 1 + random.Next(3);
                for (var i = 0; i < flips && flipped.Length > 0; i++)
                {
                    flipped[random.Next(flipped.Length)] = (byte)random.Next(256);
                }

                return (flipped, $"{flips} byte(s) flipped");
            case 4:
                // An invalid UTF-8 sequence (an encoded surrogate, a lone continuation byte, an overlong form) in the middle.
                var invalid = new[] { new byte[] { 0xED, 0xA0, 0x80 }, [0x80], [0xC0, 0xAF], [0xFF] }[random.Next(4)];
                var where = random.Next(bytes.Length + 1);
                return ([.. bytes[..where], .. invalid, .. bytes[where..]], $"invalid UTF-8 at byte {where}");
            default:
                try
                {
                    return Structural(json, random) is { } structural ? structural : (bytes, "unchanged (not JSON)");
                }
                catch (Exception ex) when (ex is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
                {
                    // JsonNode itself refuses what earlier mutations made (a duplicate name, an unpaired surrogate): keep it as it is.
                    return (bytes, "unchanged (JsonNode cannot hold it)");
                }
        }
    }

    /// <summary>A change to the document's structure: a property deleted or doubled, a value replaced or nested deep.</summary>
    private static (byte[] Bytes, string Description)? Structural(string json, Random random)
    {
        var root = JsonNode.Parse(json);

        var places = new List<(JsonNode Parent, string? Name, int Index, string Path)>();
        Walk(root, "$", places);
        if (root is null || places.Count == 0)
        {
            return null;
        }

        var (parent, name, index, path) = places[random.Next(places.Count)];
        switch (random.Next(4))
        {
            case 0 when name is not null:
                ((JsonObject)parent).Remove(name);
                return (Encoding.UTF8.GetBytes(root.ToJsonString()), $"deleted {path}");
            case 1 when name is not null:
                // Given twice: the same name again, first with another value (JsonNode cannot hold a duplicate, so in text).
                var text = root.ToJsonString();
                var objectText = parent.ToJsonString();
                var doubled = objectText.Insert(1, $"{System.Text.Json.JsonSerializer.Serialize(name)}:{OddValues[random.Next(OddValues.Length)]},");
                return (Encoding.UTF8.GetBytes(ReplaceFirst(text, objectText, doubled)), $"duplicated {path}");
            case 2:
                var deep = random.Next(2) == 0
                    ? string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200))
                    : string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + string.Concat(Enumerable.Repeat("}", 200));
                return (Encoding.UTF8.GetBytes(Replaced(root, parent, name, index, "\"\u0000placeholder\u0000\"", deep)), $"nested 200 deep at {path}");
            default:
                var odd = OddValues[random.Next(OddValues.Length)];
                return (Encoding.UTF8.GetBytes(Replaced(root, parent, name, index, "\"\u0000placeholder\u0000\"", odd)), $"{path} set to {odd}");
        }
    }

    /// <summary>The document with one value replaced by raw text (which JsonNode could not hold: a huge number, deep nesting).</summary>
    private static string Replaced(JsonNode root, JsonNode parent, string? name, int index, string marker, string raw)
    {
        var placeholder = JsonValue.Create("\u0000placeholder\u0000");
        if (name is not null)
        {
            ((JsonObject)parent)[name] = placeholder;
        }
        else
        {
            ((JsonArray)parent)[index] = placeholder;
        }

        return root.ToJsonString().Replace("\"\\u0000placeholder\\u0000\"", raw, StringComparison.Ordinal).Replace(marker, raw, StringComparison.Ordinal);
    }

    private static void Walk(JsonNode? node, string path, List<(JsonNode, string?, int, string)> places)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, value) in obj.ToList())
                {
                    var at = path + "." + key;
                    places.Add((obj, key, -1, at));
                    Walk(value, at, places);
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    var at = path + "[" + i.ToString(CultureInfo.InvariantCulture) + "]";
                    places.Add((array, null, i, at));
                    Walk(array[i], at, places);
                }

                break;
        }
    }

    private static List<int> Positions(string text, char c)
    {
        var positions = new List<int>();
        for (var i = text.IndexOf(c, StringComparison.Ordinal); i >= 0; i = text.IndexOf(c, i + 1))
        {
            positions.Add(i);
        }

        return positions;
    }

    private static string ReplaceFirst(string text, string find, string replacement)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + find.Length));
    }

    private static string Escape(string payload) =>
        string.Concat(payload.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    /// <summary>A mutated logbook: one of its lines mutated as JSON, the others as they were.</summary>
    public static (byte[] Bytes, string Description) MutateLogbook(string logbook, Random random)
    {
        var lines = logbook.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var index = random.Next(lines.Length);
        var (line, what) = Mutate(lines[index], random);
        var bytes = new List<byte>();
        for (var i = 0; i < lines.Length; i++)
        {
            bytes.AddRange(i == index ? line : Encoding.UTF8.GetBytes(lines[i]));
            bytes.Add((byte)'\n');
        }

        return ([.. bytes], $"line {index + 1}: {what}");
    }
}
