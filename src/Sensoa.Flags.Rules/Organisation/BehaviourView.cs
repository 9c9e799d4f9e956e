namespace Sensoa.Flags.Rules.Organisation;

/// <summary>
/// A read-only copy of one behaviour, the fact an organisation's own NRules rules match: its criteria, factors, setting,
/// ages and labels. The organisation's rules run in a session of their own that holds nothing else of the library's; a
/// view has no setters, its criteria are a copy and its lists are read-only copies (they cannot be cast back to a list
/// that changes), so nothing a rule does to it reaches what the library assesses. All a rule can do is state a concern
/// (<see cref="OrganisationContextExtensions.RaiseConcern"/>).
/// </summary>
public sealed class BehaviourView
{
    internal BehaviourView(Incident incident, Behaviour behaviour, Person actor, double[] affectedAges)
    {
        BehaviourId = behaviour.Id;
        Jurisdiction = incident.Jurisdiction;
        Setting = incident.Setting;
        Criteria = behaviour.Criteria with { };
        Intimacy = behaviour.Intimacy;
        Repeated = behaviour.Repeated;
        PriorSeriousAddressed = behaviour.PriorSeriousAddressed;
        AwareAtTheTime = behaviour.AwareAtTheTime;
        DistributesImages = behaviour.DistributesImages;
        Labels = Array.AsReadOnly(behaviour.Labels.ToArray());
        ActorAgeYears = actor.AgeYears;
        AffectedAgesYears = Array.AsReadOnly(affectedAges);
    }

    /// <summary>Gets the id of the behaviour.</summary>
    public string BehaviourId { get; }

    /// <summary>Gets where the incident is handled.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the setting of the incident.</summary>
    public Setting Setting { get; }

    /// <summary>Gets the rating of the six criteria (a copy of the behaviour's).</summary>
    public Criteria Criteria { get; }

    /// <summary>Gets hands-on or hands-off, when given.</summary>
    public Intimacy? Intimacy { get; }

    /// <summary>Gets whether the behaviour happened more than once ("herhaald"); no earlier correction is needed. JSON: <c>repeated</c>, or the version-2 name <c>repeatedAfterCorrection</c>.</summary>
    public bool Repeated { get; }

    /// <summary>Gets whether earlier serious behaviour of the actor was addressed.</summary>
    public bool PriorSeriousAddressed { get; }

    /// <summary>Gets whether the actor should have been aware of the boundary at the time.</summary>
    public bool AwareAtTheTime { get; }

    /// <summary>Gets whether the behaviour shares or forwards someone else's sexual images.</summary>
    public bool DistributesImages { get; }

    /// <summary>Gets the behaviour's labels, for organisation rules to match.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Gets the actor's age at the time of the behaviour.</summary>
    public double ActorAgeYears { get; }

    /// <summary>Gets the ages of the people affected, in the order of the behaviour's affected ids.</summary>
    public IReadOnlyList<double> AffectedAgesYears { get; }
}
