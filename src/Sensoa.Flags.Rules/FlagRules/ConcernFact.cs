namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// A concern an organisation rule stated, as the library carries it into its own session: the library makes it from
/// the organisation's <see cref="Organisation.OrganisationConcern"/> after the organisation's session has ended, and
/// ties it to the behaviour's fact itself, so no object of the organisation's ever enters the library's session.
/// </summary>
internal sealed class ConcernFact(BehaviourFact fact, string ruleName, string reason, Flag requested)
{
    /// <summary>Gets the behaviour the concern is about.</summary>
    public BehaviourFact Fact { get; } = fact;

    /// <summary>Gets the name of the organisation rule that stated it.</summary>
    public string RuleName { get; } = ruleName;

    /// <summary>Gets the organisation's reason, in its own words.</summary>
    public string Reason { get; } = reason;

    /// <summary>Gets the flag the organisation rule asked for; the library never goes past yellow.</summary>
    public Flag Requested { get; } = requested;
}
