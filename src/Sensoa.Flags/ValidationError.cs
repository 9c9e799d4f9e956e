using System.Globalization;
using System.Resources;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags;

/// <summary>One reason an input was refused.</summary>
/// <param name="Path">The JSON path of the offending value, or where a missing one should be, e.g. <c>$.behaviours[0].criteria.impact</c>.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>required</c> (see <see cref="ValidationCodes"/>).</param>
/// <param name="Message">A message for people, in the language asked for (English by default). It never repeats free text from the input.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    internal ValidationError(string path, string code, ErrorMessage text)
        : this(path, code, text.ToString())
    {
        Text = text;
    }

    /// <summary>
    /// Makes an error whose message is a text of the caller's own resource table (an English neutral table and one per
    /// language beside it), so that <see cref="Localize"/> writes it again in the caller's language from that table, as it
    /// does for the library's own errors. Numbers among the arguments are written in digits without grouping.
    /// </summary>
    /// <param name="path">The JSON path of the offending value.</param>
    /// <param name="code">A stable machine-readable code (see <see cref="ValidationCodes"/>).</param>
    /// <param name="texts">The resource table holding the message's text.</param>
    /// <param name="key">The text's key; a key the table lacks shows as itself.</param>
    /// <param name="arguments">The values for the text's placeholders (<c>{0}</c>, <c>{1}</c>, ...).</param>
    /// <returns>The error, its message in English (the neutral table).</returns>
    public static ValidationError FromResource(string path, string code, ResourceManager texts, string key, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(arguments);
        return new ValidationError(path, code, new ErrorMessage(texts, key, arguments));
    }

    /// <summary>Gets the message as a key and arguments, to write it again in another language; null for a message without one.</summary>
    internal ErrorMessage? Text { get; private init; }

    /// <summary>
    /// Gets the stable key of the message's text, such as <c>error.required</c> or <c>error.range</c>, so that a caller
    /// can write the message in a language of its own without matching English text; null for an error made with a
    /// message of the caller's own. The keys are listed with their English and Dutch texts in the library's language
    /// table (docs/languages.md) and change only with a new major version. For an error made by
    /// <see cref="FromResource"/> (the procedures' own errors among them), the key in the table it was made from.
    /// </summary>
    public string? MessageKey => Text?.Key;

    /// <summary>
    /// Gets the values that fill the placeholders of the message's text (<c>{0}</c>, <c>{1}</c>, ...) in order, written as
    /// the message writes them in every language: numbers in digits without grouping, names and allowed values as the
    /// contract spells them. A value that is itself a text for people (the kind of JSON value found, such as "an object")
    /// is given as its key (<c>error.kind.object</c>), and a reason quoted from another error as that error's
    /// <see cref="MessageKey"/>. Empty when the text has no placeholders or the error no
    /// <see cref="MessageKey"/>.
    /// </summary>
    public IReadOnlyList<string> MessageArguments => Text?.Arguments() ?? [];

    /// <summary>Gets the same error with its message in another language; the path and the code stay the same.</summary>
    /// <param name="culture">The language: Dutch for <c>nl</c>, <c>nl-BE</c>, ...; English otherwise.</param>
    /// <returns>The error with its message in that language.</returns>
    public ValidationError Localize(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Text is null ? this : this with { Message = Text.Render(culture) };
    }

    /// <summary>Formats the error as the CLI prints it: the path first.</summary>
    /// <returns><c>path: message</c>.</returns>
    public override string ToString() => $"{Path}: {Message}";

    /// <summary>Gets whether another error has the same path, code and message.</summary>
    /// <param name="other">The other error.</param>
    /// <returns>True when path, code and message are the same.</returns>
    public bool Equals(ValidationError? other) =>
        other is not null && Path == other.Path && Code == other.Code && Message == other.Message;

    /// <summary>Gets a hash of the path, code and message.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Path, Code, Message);
}
