namespace Sensoa.Flags;

/// <summary>One firing of a rule: its stable id, the flag before and after, and a message for people.</summary>
/// <param name="Id">The stable rule id, for example <c>repetition.yellowToRed</c>.</param>
/// <param name="From">The flag before the rule fired (null before the first flag).</param>
/// <param name="To">The flag after the rule fired.</param>
/// <param name="Message">An explanation for people, in the chosen language; may change between versions.</param>
public sealed record FiredRule(string Id, Flag? From, Flag? To, string Message);
