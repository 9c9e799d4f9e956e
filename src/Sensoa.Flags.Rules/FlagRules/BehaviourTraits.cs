namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// The part of a behaviour that no rule changes, inserted as a fact of its own beside its <see cref="BehaviourFact"/>. The
/// rules whose conditions read only this (the considerations, the unknown criteria, passing on images) match it, so that
/// the flag's changes do not pass through them: NRules sends every update of a fact through the condition of each rule
/// that matches the fact's type, and the flag of a behaviour changes once to four times. Their actions record on the
/// behaviour's fact, as before.
/// </summary>
internal sealed class BehaviourTraits(BehaviourFact fact)
{
    /// <summary>Gets the behaviour's fact, on which actions record what they find.</summary>
    public BehaviourFact Fact { get; } = fact;

    public Behaviour Behaviour => Fact.Behaviour;

    /// <summary>
    /// Gets whether the incident has a history at all: a test on this fact alone, so that without a history no behaviour
    /// enters the history rules' joins (which would cost every assessment an aggregation per rule for nothing).
    /// </summary>
    public bool HasHistory => Fact.Incident.History.Count > 0;

    /// <summary>Gets the id of the behaviour's actor, on which the history rules join the case file's entries.</summary>
    public string ActorId => Fact.Behaviour.ActorId;

    /// <summary>Gets the criteria rated unknown as bits; read once when the fact was made.</summary>
    public int UnknownMask => Fact.UnknownMask;
}
