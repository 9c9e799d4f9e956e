using System.Text.Json.Serialization;

namespace Sensoa.Flags.Guidance.Examples;

/// <summary>One worked example as stored; its description is in the library's table under its id (<see cref="LocalizedText.Example"/>).</summary>
internal sealed record ExampleEntry
{
    public required string Id { get; init; }

    public required AgeBand AgeBand { get; init; }

    public required double ActorAgeYears { get; init; }

    public double? AffectedAgeYears { get; init; }

    public required Setting Setting { get; init; }

    [JsonIgnore]
    public LocalizedText Description => LocalizedText.Example(Id);

    public required Criteria Criteria { get; init; }

    public Intimacy? Intimacy { get; init; }

    public bool DistributesImages { get; init; }

    public bool Repeated { get; init; }

    public bool PriorSeriousAddressed { get; init; }

    public bool AwareAtTheTime { get; init; }

    public bool InvolvesSexting { get; init; }

    public bool ActorHasDisability { get; init; }

    public bool ActorLowFunctioning { get; init; }

    public required Flag ExpectedFlag { get; init; }
}
