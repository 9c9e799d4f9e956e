namespace Sensoa.Flags;

/// <summary>A factor reported for the professional to weigh; it does not change the flag by itself.</summary>
/// <param name="Id">The stable id, for example <c>intimacy.handsOn</c>.</param>
/// <param name="Message">An explanation for people, in the chosen language.</param>
public sealed record Consideration(string Id, string Message);
