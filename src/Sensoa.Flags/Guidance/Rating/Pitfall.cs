namespace Sensoa.Flags.Guidance;

/// <summary>One pitfall of giving a flag: its name as the source prints it, what goes wrong, and what to do instead.</summary>
public sealed record Pitfall
{
    /// <summary>Gets the stable id.</summary>
    public required SensoaPitfall Id { get; init; }

    /// <summary>Gets the pitfall's name exactly as the source prints it (Dutch in every language: it is a quotation).</summary>
    public required string Quote { get; init; }

    /// <summary>Gets a short title, in the chosen language.</summary>
    public required string Title { get; init; }

    /// <summary>Gets what goes wrong, in the chosen language.</summary>
    public required string Explanation { get; init; }

    /// <summary>Gets what to do instead, in the chosen language.</summary>
    public required string Advice { get; init; }

    /// <summary>Gets things one can say to the person affected, in the chosen language; empty for most pitfalls.</summary>
    public required IReadOnlyList<string> SayToTheAffected { get; init; }
}
