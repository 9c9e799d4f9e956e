namespace Sensoa.Flags.Guidance;

/// <summary>
/// The six criteria at the four flag levels, with what each flag means: what a professional rates with. The shape of
/// the <c>criteria</c> command and of <c>GET /criteria</c>; fields are only ever added.
/// </summary>
public sealed record CriteriaGuide
{
    /// <summary>Gets the language of the texts: <c>en</c> or <c>nl</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the published text these descriptions restate.</summary>
    public required SourceReference Source { get; init; }

    /// <summary>Gets how the criteria are meant to be used, in one paragraph.</summary>
    public required string Introduction { get; init; }

    /// <summary>Gets the four flags, green to black.</summary>
    public required IReadOnlyList<FlagMeaning> Flags { get; init; }

    /// <summary>Gets the six criteria in Sensoa's order, each with its four levels.</summary>
    public required IReadOnlyList<CriterionLevels> Criteria { get; init; }
}
