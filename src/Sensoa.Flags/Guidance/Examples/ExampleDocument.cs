namespace Sensoa.Flags.Guidance.Examples;

/// <summary>The shipped worked examples (<c>Data/examples.json</c>) as read.</summary>
internal sealed record ExampleDocument
{
    public required string Version { get; init; }

    public string? Note { get; init; }

    public required IReadOnlyList<ExampleEntry> Examples { get; init; }
}
