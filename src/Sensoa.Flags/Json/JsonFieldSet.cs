namespace Sensoa.Flags.Json;

/// <summary>The property names one kind of object allows, as text and as UTF-8 (to match names without allocating).</summary>
internal sealed class JsonFieldSet
{
    /// <param name="names">The names read.</param>
    /// <param name="ignoreOthers">
    /// Whether other names pass without an error: for documents written by another version of this library (a stored
    /// assessment), whose fields the reader does not need; a duplicate of a read name is still an error.
    /// </param>
    public JsonFieldSet(IReadOnlyList<string> names, bool ignoreOthers = false)
    {
        IgnoresOthers = ignoreOthers;
        if (names.Count > JsonFields.MaxNames)
        {
            throw new ArgumentException($"At most {JsonFields.MaxNames} names.", nameof(names));
        }

        Names = [.. names];
        Utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
        Allowed = string.Join(", ", names);
    }

    public string[] Names { get; }

    /// <summary>Gets whether names not in the set are passed over without an error.</summary>
    public bool IgnoresOthers { get; }

    public byte[][] Utf8 { get; }

    /// <summary>Gets the names for the unknown-property message.</summary>
    public string Allowed { get; }

    public bool Contains(string name) => Array.IndexOf(Names, name) >= 0;
}
