namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// What a trigger records. Each trigger reads only its own fields (see <see cref="SextingTrigger"/>); a field another
/// trigger reads is refused rather than silently dropped.
/// </summary>
public sealed record SextingInput
{
    /// <summary>Gets who was consulted (<see cref="SextingTrigger.Consulted"/>).</summary>
    public IReadOnlyList<ConsultedParty>? Consulted { get; init; }

    /// <summary>Gets the conversations held (<see cref="SextingTrigger.YoungPeopleHeard"/>).</summary>
    public IReadOnlyList<Conversation>? Conversations { get; init; }

    /// <summary>Gets the participants whose parents were heard (<see cref="SextingTrigger.ParentsHeard"/>).</summary>
    public IReadOnlyList<string>? ParentContacts { get; init; }

    /// <summary>Gets the incident to weigh (<see cref="SextingTrigger.Weighed"/>); its people are participants.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Gets whether the professional thinks a criminal case is possible (<see cref="SextingTrigger.Weighed"/>).</summary>
    public bool? CriminalCasePossible { get; init; }

    /// <summary>Gets the decision (<see cref="SextingTrigger.Decided"/>).</summary>
    public Decision? Decision { get; init; }

    /// <summary>Gets the participants checked in with (<see cref="SextingTrigger.FollowedUp"/>).</summary>
    public IReadOnlyList<string>? CheckedIn { get; init; }

    /// <summary>Gets what the police said about the images (<see cref="SextingTrigger.PoliceAsked"/>).</summary>
    public PoliceAdvice? PoliceAdvice { get; init; }
}
