namespace Sensoa.Flags.Rules.Organisation;

/// <summary>
/// A concern an organisation rule states about a behaviour. The library's rule <c>organisation.concern</c> applies it
/// under the pitfall "Dat mag hier niet!": at most green to yellow, whatever flag the organisation rule asked for.
/// Made only through <see cref="OrganisationContextExtensions.RaiseConcern"/>, which records the rule's name.
/// </summary>
public sealed class OrganisationConcern
{
    internal OrganisationConcern(BehaviourView behaviour, string ruleName, string reason, Flag requested)
    {
        Behaviour = behaviour;
        RuleName = ruleName;
        Reason = reason;
        Requested = requested;
    }

    /// <summary>Gets the behaviour the concern is about.</summary>
    public BehaviourView Behaviour { get; }

    /// <summary>Gets the name of the organisation rule that stated it.</summary>
    public string RuleName { get; }

    /// <summary>Gets the organisation's reason, in its own words.</summary>
    public string Reason { get; }

    /// <summary>Gets the flag the organisation rule asked for; the library never goes past yellow.</summary>
    public Flag Requested { get; }
}
