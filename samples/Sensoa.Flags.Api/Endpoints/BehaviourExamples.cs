using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The worked examples closest to one behaviour, nearest first.</summary>
/// <param name="BehaviourId">The behaviour's id.</param>
/// <param name="Matches">The examples with their distance.</param>
internal sealed record BehaviourExamples(string BehaviourId, IReadOnlyList<ExampleMatch> Matches);
