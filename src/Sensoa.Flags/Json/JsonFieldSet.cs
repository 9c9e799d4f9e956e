namespace Sensoa.Flags.Json;

/// <summary>The property names one kind of object allows, as text and as UTF-8 (to match names without allocating).</summary>
internal sealed class JsonFieldSet
{
    public JsonFieldSet(IReadOnlyList<string> names)
    {
        if (names.Count > JsonFields.MaxNames)
        {
            throw new ArgumentException($"At most {JsonFields.MaxNames} names.", nameof(names));
        }

        Names = [.. names];
        Utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
        Allowed = string.Join(", ", names);
    }

    public string[] Names { get; }

    public byte[][] Utf8 { get; }

    /// <summary>Gets the names for the unknown-property message.</summary>
    public string Allowed { get; }

    public bool Contains(string name) => Array.IndexOf(Names, name) >= 0;
}
