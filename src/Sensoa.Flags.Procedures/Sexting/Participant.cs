namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>A young person (or adult) involved in the incident, by id, never by name.</summary>
public sealed record Participant
{
    /// <summary>Gets the id; the same id names the person in the weighed incident.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the age in years at the time; under 18 means the parents are heard.</summary>
    public required double AgeYears { get; init; }

    /// <summary>Gets the roles, at least one.</summary>
    public required IReadOnlyList<ParticipantRole> Roles { get; init; }

    /// <summary>Gets whether the person is a minor.</summary>
    public bool IsMinor => AgeYears < Person.AgeOfMajority;

    /// <summary>Gets whether the person has the role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>True when the person has it.</returns>
    public bool Has(ParticipantRole role) => Roles.Contains(role);
}
