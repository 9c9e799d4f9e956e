namespace Sensoa.Flags.Procedures.Logbook;

/// <summary>One problem found when verifying a logbook.</summary>
/// <param name="Line">The 1-based line number in the file.</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Path">The JSON path inside the line for a malformed entry (e.g. <c>$.channel</c>), else <c>$</c>.</param>
/// <param name="Message">What is wrong, for people; it never repeats text from the logbook.</param>
public sealed record LogbookProblem(int Line, LogbookProblemKind Kind, string Path, string Message)
{
    /// <summary>Formats the problem as the CLI prints it: the place first.</summary>
    /// <returns><c>line N $.path: kind: message</c>, e.g. <c>line 3 $: edited: ...</c>.</returns>
    public override string ToString() => $"line {Line} {Path}: {char.ToLowerInvariant(Kind.ToString()[0])}{Kind.ToString()[1..]}: {Message}";
}
