namespace Sensoa.Flags.Rules;

/// <summary>A consideration the rule set can add to a behaviour, for documentation and listings.</summary>
/// <param name="Id">The stable id, the same as the rule that adds it (for example <c>awareness.atTheTime</c>).</param>
/// <param name="Message">The message an assessment carries with it, in the chosen language.</param>
/// <param name="Source">What it rests on: a published document and the part of it, or the library with its reason.</param>
public sealed record ConsiderationDescription(string Id, string Message, Provenance Source);
