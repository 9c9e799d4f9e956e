using System.Globalization;
using System.Text.Json;

namespace Sensoa.Flags.Localization;

/// <summary>
/// The message of a validation error as a key of <see cref="Texts"/> (<c>error.*</c>) and its arguments, so that it can be written
/// in English when the error is found and again in the caller's language (<see cref="ValidationError.Localize"/>).
/// An argument that is itself an <see cref="ErrorMessage"/> (the kind of JSON value found) is translated too; numbers
/// and contract names (paths, allowed values) stay as they are in every language.
/// </summary>
internal sealed class ErrorMessage
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly ErrorMessage Object = new("error.kind.object");
    private static readonly ErrorMessage Array = new("error.kind.array");
    private static readonly ErrorMessage String = new("error.kind.string");
    private static readonly ErrorMessage Number = new("error.kind.number");
    private static readonly ErrorMessage Boolean = new("error.kind.boolean");
    private static readonly ErrorMessage Null = new("error.kind.null");
    private static readonly ErrorMessage Nothing = new("error.kind.nothing");

    private readonly object?[] args;

    public ErrorMessage(string key, params object?[] args)
    {
        Key = key;
        this.args = args;
    }

    /// <summary>Gets the key of the message's text in <see cref="Texts"/> (<c>error.*</c>).</summary>
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
        var text = Texts.Get(Key, culture);
        if (args.Length == 0)
        {
            return text;
        }

        var values = new object?[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i] is ErrorMessage inner ? inner.Render(culture) : Invariant(args[i]);
        }

        return string.Format(CultureInfo.InvariantCulture, text, values);
    }

    /// <summary>The arguments as <see cref="ValidationError.MessageArguments"/> gives them: a nested message as its key.</summary>
    public string[] Arguments()
    {
        var values = new string[args.Length];
        for (var i = 0; i < args.Length; i++)
        {
            values[i] = args[i] is ErrorMessage inner ? inner.Key : Invariant(args[i])?.ToString() ?? string.Empty;
        }

        return values;
    }

    private static object? Invariant(object? value) =>
        value is IFormattable number ? number.ToString(null, CultureInfo.InvariantCulture) : value;

    /// <summary>Writes the message in English, as the error first carries it.</summary>
    public override string ToString() => Render(English);
}
