namespace Sensoa.Flags.Guidance;

/// <summary>What one criterion looks like at one flag level, in the library's own words after Sensoa's description.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Flag">The flag level described.</param>
/// <param name="Description">The description, in the chosen language.</param>
public sealed record CriterionDescription(Criterion Criterion, Flag Flag, string Description);
