namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The part of a behaviour that no rule changes, inserted as a fact of its own beside its <see cref="BehaviourFact"/>. The
/// rules whose conditions read only this (the considerations, the unknown criteria, the history rules' join with the case
/// file) match it, so that the flag's changes do not pass through them: NRules sends every update of a fact through the
/// condition and the joins of each rule that matches the fact's type, and without a hash join a join costs one
/// evaluation per fact on its other side (benchmarks/README.md, PeerComparison and HistoryJoin).
/// </summary>
internal sealed class BehaviourTraits(BehaviourFact fact)
{
    /// <summary>Gets the behaviour's fact, on which actions record what they find.</summary>
    public BehaviourFact Fact { get; } = fact;

    public Behaviour Behaviour => Fact.Behaviour;

    /// <summary>
    /// Gets whether the incident has a history at all: a test on this fact alone, so that without a history no behaviour
    /// enters the history rules' joins.
    /// </summary>
    public bool HasHistory => Fact.Incident.History.Count > 0;

    /// <summary>Gets the id of the behaviour's actor, on which the history rules join the case file's entries.</summary>
    public string ActorId => Fact.Behaviour.ActorId;

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria => Fact.UnknownCriteria;
}
