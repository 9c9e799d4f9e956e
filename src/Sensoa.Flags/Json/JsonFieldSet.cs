namespace Sensoa.Flags.Json;

/// <summary>
/// The property names one kind of object allows, for <see cref="JsonFields"/>: made once per kind (a static field), it
/// holds the names as text and as UTF-8, to match names without allocating.
/// </summary>
public sealed class JsonFieldSet
{
    private readonly string[] names;

    /// <summary>Initializes a set of allowed property names.</summary>
    /// <param name="names">The names read, at most <see cref="JsonFields.MaxNames"/>; the order is the one error messages list them in.</param>
    /// <param name="ignoreOthers">
    /// Whether other names pass without an error: for documents written by another version of this library (a stored
    /// assessment), whose fields the reader does not need; a duplicate of a read name is still an error.
    /// </param>
    /// <exception cref="ArgumentException">More than <see cref="JsonFields.MaxNames"/> names, or a name given twice.</exception>
    public JsonFieldSet(IReadOnlyList<string> names, bool ignoreOthers = false)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (names.Count > JsonFields.MaxNames)
        {
            throw new ArgumentException($"At most {JsonFields.MaxNames} names.", nameof(names));
        }

        if (names.Distinct(StringComparer.Ordinal).Count() != names.Count)
        {
            throw new ArgumentException("Each name once.", nameof(names));
        }

        IgnoresOthers = ignoreOthers;
        this.names = [.. names];
        Names = Array.AsReadOnly(this.names);
        Utf8 = [.. names.Select(System.Text.Encoding.UTF8.GetBytes)];
        Allowed = string.Join(", ", names);
    }

    /// <summary>Gets the allowed names, in the order given.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets whether names not in the set are passed over without an error.</summary>
    public bool IgnoresOthers { get; }

    /// <summary>Gets the names as UTF-8, in the same order.</summary>
    internal byte[][] Utf8 { get; }

    /// <summary>Gets the names for the unknown-property message.</summary>
    public string Allowed { get; }

    /// <summary>Gets whether a name is allowed.</summary>
    /// <param name="name">The name.</param>
    /// <returns>Whether it is one of <see cref="Names"/> (case matters).</returns>
    public bool Contains(string name) => IndexOf(name) >= 0;

    /// <summary>The index of an allowed name, or -1.</summary>
    internal int IndexOf(string name) => Array.IndexOf(names, name);

    /// <summary>The allowed name at an index.</summary>
    internal string this[int index] => names[index];
}
