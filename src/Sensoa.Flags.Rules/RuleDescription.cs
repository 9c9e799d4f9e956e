namespace Sensoa.Flags.Rules;

/// <summary>A rule of the Sensoa rule set, from the rule's own metadata, for documentation and listings.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Priority">The priority: of the rules whose condition holds, the higher fires first.</param>
/// <param name="Description">What it does, in the chosen language.</param>
/// <param name="Source">What it rests on: a published document and the part of it, or the library with its reason.</param>
/// <param name="Tags">Its tags: <c>sensoa</c> on every library rule, and the kind of outcome it records (<c>criteria</c>, <c>escalation</c>, <c>rationale</c> or <c>consideration</c>).</param>
public sealed record RuleDescription(string Id, int Priority, string Description, IReadOnlyList<string> Tags, Provenance Source);
