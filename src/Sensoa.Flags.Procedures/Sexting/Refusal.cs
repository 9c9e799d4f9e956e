namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Why a trigger was refused.</summary>
/// <param name="Path">Where the problem is: the JSON path in the state or input (e.g. <c>$.conversations</c>, <c>$.step</c>).</param>
/// <param name="Code">The stable id of the rule, e.g. <c>sexting.talk.portrayedAlone</c> or <c>sexting.illegalTransition</c>.</param>
/// <param name="Message">The reason, for people.</param>
public sealed record Refusal(string Path, string Code, string Message)
{
    /// <summary>Formats the refusal as the CLI prints it: the place first.</summary>
    /// <returns><c>path: message</c>.</returns>
    public override string ToString() => $"{Path}: {Message}";
}
