namespace Sensoa.Flags;

/// <summary>One reason an input was refused.</summary>
/// <param name="Path">The JSON path of the offending value, or where a missing one should be, e.g. <c>$.behaviours[0].criteria.impact</c>.</param>
/// <param name="Code">A stable machine-readable code, e.g. <c>required</c> (see <see cref="ValidationCodes"/>).</param>
/// <param name="Message">A message for people. It never repeats free text from the input.</param>
public sealed record ValidationError(string Path, string Code, string Message)
{
    /// <summary>Formats the error as the CLI prints it: the path first.</summary>
    /// <returns><c>path: message</c>.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
