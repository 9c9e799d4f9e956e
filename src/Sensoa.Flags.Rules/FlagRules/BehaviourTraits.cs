namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The part of a behaviour that no rule changes, inserted as a fact of its own beside its <see cref="BehaviourFact"/>. The
/// rules whose conditions read only this (the considerations, the unknown criteria, the entries on record) match it, so
/// that the flag's changes do not pass through them: NRules sends every update of a fact through the condition and the
/// joins of each rule that matches the fact's type (benchmarks/README.md, PeerComparison).
/// </summary>
internal sealed class BehaviourTraits(BehaviourFact fact)
{
    /// <summary>Gets the behaviour's fact, on which actions record what they find.</summary>
    public BehaviourFact Fact { get; } = fact;

    public Behaviour Behaviour => Fact.Behaviour;

    /// <summary>Gets what the case file's entries of the actor are to the behaviour, joined before the session and never changed in it (<see cref="HistoryJoin"/>).</summary>
    public HistoryMatch History => Fact.History;

    /// <summary>Gets the criteria rated unknown, in Sensoa's order.</summary>
    public IReadOnlyList<Criterion> UnknownCriteria => Fact.UnknownCriteria;
}
