namespace Sensoa.Flags.Guidance;

/// <summary>
/// The four pitfalls of giving a flag, as guidance of their own. The shape of the <c>pitfalls</c> command and of
/// <c>GET /pitfalls</c>; fields are only ever added.
/// </summary>
public sealed record PitfallGuide
{
    /// <summary>Gets the language of the texts: <c>en</c> or <c>nl</c>.</summary>
    public required string Language { get; init; }

    /// <summary>Gets the published text the pitfalls restate.</summary>
    public required SourceReference Source { get; init; }

    /// <summary>Gets the four pitfalls in the source's order.</summary>
    public required IReadOnlyList<Pitfall> Pitfalls { get; init; }
}
