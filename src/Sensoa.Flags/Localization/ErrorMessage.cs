using System.Globalization;
using System.Resources;
using System.Text.Json;

namespace Sensoa.Flags.Localization;

/// <summary>
/// The message of a validation error as a key of <see cref="Texts"/> (<c>error.*</c>) and its arguments, so that it can be written
/// in English when the error is found and again in the caller's language (<see cref="ValidationError.Localize"/>).
/// An argument that is itself an <see cref="ErrorMessage"/> (the kind of JSON value found) or a
/// <see cref="ValidationError"/> (a reason quoted in another error's message) is translated too; numbers
/// and contract names (paths, allowed values) stay as they are in every language.
/// </summary>
internal sealed class ErrorMessage
{
    private static readonly CultureInfo English = Languages.Culture(Languages.English);
    private static readonly ErrorMessage Object = new("error.kind.object");
    private static readonly ErrorMessage Array = new("error.kind.array");
    private static readonly ErrorMessage String = new("error.kind.string");
    private static readonly ErrorMessage Number = new("error.kind.number");
    private static readonly ErrorMessage Boolean = new("error.kind.boolean");
    private static readonly ErrorMessage Null = new("error.kind.null");
    private static readonly ErrorMessage Nothing = new("error.kind.nothing");

    private readonly object?[] args;

    // Null for the library's own table; another assembly's table for its own errors (ValidationError.FromResource).
    private readonly ResourceManager? table;

    public ErrorMessage(string key, params object?[] args)
    {
        Key = key;
        this.args = args;
    }

    public ErrorMessage(ResourceManager table, string key, object?[] args)
        : this(key, args) => this.table = table;

    /// <summary>Gets the key of the message's text in <see cref="Texts"/> (<c>error.*</c>), or in the table it was made with.</summary>
    public string Key { get; }

    /// <summary>Names a kind of JSON value in a message ("an object", "null").</summary>
    public static ErrorMessage Kind(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => Object,
        JsonValueKind.Array => Array,
        JsonValueKind.String => String,
        JsonValueKind.Number => Number,
        JsonValueKind.True or JsonValueKind.False => Boolean,
        JsonValueKind.Null => Null,
        _ => Nothing,
    };

    /// <summary>Writes the message in a language; numbers as digits without grouping, the same in every language.</summary>
    public string Render(CultureInfo culture)
    {
        var text = table is null ? Texts.Get(Key, culture) : table.GetString(Key, culture) ?? Key;
        if (args.Length == 0)
        {
            return text;
        }

        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i] switch
            {
                ErrorMessage inner => inner.Render(culture),
                ValidationError reason => reason.Localize(culture).Message,
                var other => Invariant(other),
            };
        }

        return string.Format(CultureInfo.InvariantCulture, text, values);
    }

    /// <summary>The arguments as <see cref="ValidationError.MessageArguments"/> gives them: a nested message as its key.</summary>
    public string[] Arguments()
    {
        var values = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i] switch
            {
                ErrorMessage inner => inner.Key,
                ValidationError reason => reason.MessageKey ?? reason.Message,
                var other => Invariant(other)?.ToString() ?? string.Empty,
            };
        }

        return values;
    }

    private static object? Invariant(object? value) =>
        value is IFormattable number ? number.ToString(null, CultureInfo.InvariantCulture) : value;

    /// <summary>Writes the message in English, as the error first carries it.</summary>
    public override string ToString() => Render(English);
}
