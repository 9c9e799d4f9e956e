namespace Sensoa.Flags.Rules;

/// <summary>A rule of the Sensoa rule set, for documentation and listings.</summary>
/// <param name="Id">The stable id.</param>
/// <param name="Priority">The agenda priority: higher fires first.</param>
/// <param name="Description">What it does, in the chosen language.</param>
public sealed record RuleDescription(string Id, int Priority, string Description);
