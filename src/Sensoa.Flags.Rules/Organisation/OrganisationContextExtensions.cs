using NRules.RuleModel;

namespace Sensoa.Flags.Rules.Organisation;

/// <summary>
/// What an organisation rule may do in its action: state a concern about a behaviour. The concern stays in the
/// organisation's own session until the run ends; the library then applies it in its own session.
/// </summary>
public static class OrganisationContextExtensions
{
    /// <summary>
    /// States a concern about a behaviour: the library turns a green flag into yellow for it and records it in the
    /// rationale under <c>organisation.concern</c> with this rule's name. It never goes past yellow.
    /// </summary>
    /// <param name="context">The firing rule's context.</param>
    /// <param name="behaviour">The behaviour the rule matched.</param>
    /// <param name="reason">Why, in the organisation's words (a house rule, an unsafe context).</param>
    /// <param name="requested">The flag the organisation would give; anything past yellow is capped at yellow.</param>
    public static void RaiseConcern(this IContext context, BehaviourView behaviour, string reason, Flag requested = Flag.Yellow)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(behaviour);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!Enum.IsDefined(requested))
        {
            throw new ArgumentOutOfRangeException(nameof(requested), requested, "Not a flag.");
        }

        context.Insert(new OrganisationConcern(behaviour, context.Rule.Name, reason, requested));
    }
}
