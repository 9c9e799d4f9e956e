namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>The flag of one behaviour as the weigh step recorded it.</summary>
/// <param name="BehaviourId">The behaviour's id in the weighed incident.</param>
/// <param name="ActorId">Whose behaviour it is.</param>
/// <param name="Flag">The final flag; null when all criteria were unknown.</param>
/// <param name="Status">Whether the flag is final on the information given.</param>
/// <param name="Registration">The advice on record keeping that follows from the flag (never a legal duty).</param>
public sealed record WeighedBehaviour(string BehaviourId, string ActorId, Flag? Flag, AssessmentStatus Status, Registration Registration);
