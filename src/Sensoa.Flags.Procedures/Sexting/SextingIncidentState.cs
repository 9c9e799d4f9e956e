namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// Everything recorded about one sexting incident: the step it is in and what each step recorded. Immutable: firing a
/// trigger gives a new state. Saved as versioned JSON (<see cref="SchemaVersion"/>) and loaded again without loss.
/// </summary>
public sealed record SextingIncidentState
{
    /// <summary>
    /// The schema version this library writes. It reads this one and version 1 (before the jurisdiction: read as the
    /// Netherlands' route, the only one there was, and saved as the current version).
    /// </summary>
    public const int CurrentSchemaVersion = 2;

    /// <summary>Gets the schema version of the saved form.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>Gets the case id, as the organisation files it (no names).</summary>
    public required string CaseId { get; init; }

    /// <summary>
    /// Gets the jurisdiction whose route the incident follows: <see cref="Jurisdiction.Flanders"/> (contact person,
    /// weigh, CLB and Child Focus, talks, help and agreements, follow-up, evaluation) or
    /// <see cref="Jurisdiction.Netherlands"/> (the reporting code's five steps; the default, as before there was a choice).
    /// </summary>
    public Jurisdiction Jurisdiction { get; init; } = Jurisdiction.Netherlands;

    /// <summary>Gets the step the incident is in.</summary>
    public SextingStep Step { get; init; } = SextingStep.MapSignals;

    /// <summary>Gets the people involved.</summary>
    public required IReadOnlyList<Participant> Participants { get; init; }

    /// <summary>Gets who was consulted (step 2).</summary>
    public IReadOnlyList<ConsultedParty> Consulted { get; init; } = [];

    /// <summary>Gets the conversations with the young people (step 3a).</summary>
    public IReadOnlyList<Conversation> Conversations { get; init; } = [];

    /// <summary>Gets the participants whose parents were heard (step 3b).</summary>
    public IReadOnlyList<string> ParentContacts { get; init; } = [];

    /// <summary>Gets the incident as weighed with the flag system (step 4), or null before.</summary>
    public Incident? Incident { get; init; }

    /// <summary>Gets the rule-set version the behaviours were weighed with, or null before step 4.</summary>
    public string? RuleSetVersion { get; init; }

    /// <summary>Gets the flags per behaviour from step 4.</summary>
    public IReadOnlyList<WeighedBehaviour> Weighed { get; init; } = [];

    /// <summary>Gets whether a criminal case is possible: null until weighed; true when the professional says so or a flag is black.</summary>
    public bool? CriminalCasePossible { get; init; }

    /// <summary>Gets what the police said about the images, or null when not asked.</summary>
    public PoliceAdvice? PoliceAdvice { get; init; }

    /// <summary>Gets whether the images were deleted.</summary>
    public bool ImagesDeleted { get; init; }

    /// <summary>Gets the decision of step 5, or null before.</summary>
    public Decision? Decision { get; init; }

    /// <summary>Gets the participants checked in with during follow-up.</summary>
    public IReadOnlyList<string> CheckedIn { get; init; } = [];

    /// <summary>
    /// Gets the advice the route went on without, by rule id (for example <c>sexting.flanders.consult.childFocusForMinor</c>),
    /// in the order it was skipped: the sources advise ("neem je best contact op") rather than require, so the route goes on
    /// and the file shows what was not done. <c>sexting show</c> warns about each.
    /// </summary>
    public IReadOnlyList<string> SkippedAdvice { get; init; } = [];

    /// <summary>Gets every fired trigger, in order.</summary>
    public IReadOnlyList<SextingHistoryEntry> History { get; init; } = [];
}
