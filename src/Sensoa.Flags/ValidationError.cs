using System.Globalization;
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

    /// <summary>Gets the message as a key and arguments, to write it again in another language; null for a message without one.</summary>
    internal ErrorMessage? Text { get; private init; }

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
