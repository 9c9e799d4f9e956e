using System.Globalization;

namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>One problem found when verifying a logbook.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Path">The JSON path inside the line for a malformed entry (e.g. <c>$.channel</c>), else <c>$</c>.</param>
/// <param name="Message">What is wrong, for people; it never repeats text from the logbook.</param>
public sealed record LogbookProblem(int Line, LogbookProblemKind Kind, string Path, string Message)
{
    /// <summary>A problem whose message is a reason that can be written again in another language.</summary>
    internal LogbookProblem(int line, LogbookProblemKind kind, ValidationError reason)
        : this(line, kind, reason.Path, reason.Message)
    {
        Reason = reason;
    }

    // The message as a key and values, for Localize; null for a problem made with a message as it is.
    private ValidationError? Reason { get; init; }

    /// <summary>Gets the same problem with its message in another language; the line, kind and path stay the same.</summary>
    /// <param name="culture">The language: Dutch for <c>nl</c>, <c>nl-BE</c>, ...; English otherwise.</param>
    /// <returns>The problem with its message in that language.</returns>
    public LogbookProblem Localize(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return Reason is null ? this : this with { Message = Reason.Localize(culture).Message };
    }

    /// <summary>Gets whether another problem has the same line, kind, path and message.</summary>
    /// <param name="other">The other problem.</param>
    /// <returns>True when line, kind, path and message are the same.</returns>
    public bool Equals(LogbookProblem? other) =>
        other is not null && Line == other.Line && Kind == other.Kind && Path == other.Path && Message == other.Message;

    /// <summary>Gets a hash of the line, kind, path and message.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode() => HashCode.Combine(Line, Kind, Path, Message);

    /// <summary>Formats the problem as the CLI prints it: the place first.</summary>
    /// <returns><c>line N $.path: kind: message</c>, e.g. <c>line 3 $: edited: ...</c>.</returns>
    public override string ToString() => $"line {Line} {Path}: {char.ToLowerInvariant(Kind.ToString()[0])}{Kind.ToString()[1..]}: {Message}";
}
