namespace Sensoa.Flags.Procedures.Harassment;

/// <summary>One action for one role, with its sub-points (the team's risk questions, the organisation's guidelines).</summary>
/// <param name="Id">The stable id, e.g. <c>team.assess</c>.</param>
/// <param name="Text">What to do, in the requested language.</param>
/// <param name="Details">The sub-points, in order; empty when there are none.</param>
public sealed record HarassmentAction(string Id, string Text, IReadOnlyList<string> Details);
