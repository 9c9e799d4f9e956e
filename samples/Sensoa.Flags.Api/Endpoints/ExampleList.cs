using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>The answer of <c>POST /examples</c>: the examples data's version and, per behaviour, the closest examples.</summary>
/// <param name="ExamplesVersion">The version of the worked examples data.</param>
/// <param name="Behaviours">One entry per behaviour of the incident, in input order.</param>
internal sealed record ExampleList(string ExamplesVersion, IReadOnlyList<BehaviourExamples> Behaviours);
