namespace Sensoa.Flags.Guidance;

/// <summary>One criterion with its description at each of the four flag levels, green to black.</summary>
/// <param name="Criterion">The criterion.</param>
/// <param name="Name">The criterion's name, in the chosen language.</param>
/// <param name="Levels">The four descriptions, green, yellow, red, black.</param>
public sealed record CriterionLevels(Criterion Criterion, string Name, IReadOnlyList<CriterionDescription> Levels);
