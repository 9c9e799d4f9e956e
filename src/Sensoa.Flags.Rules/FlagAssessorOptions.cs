using System.Reflection;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags;

/// <summary>How <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> builds an assessor: the organisation's own rules beside the library's.</summary>
public sealed class FlagAssessorOptions
{
    private readonly List<Assembly> assemblies = [];
    private readonly List<Type> types = [];
    private TimeSpan timeLimit = OrganisationRuleSet.DefaultTimeLimit;

    /// <summary>Gets the assemblies whose NRules rules are added as organisation rules.</summary>
    public IReadOnlyList<Assembly> RuleAssemblies => assemblies;

    /// <summary>Gets the single NRules rule classes added as organisation rules.</summary>
    public IReadOnlyList<Type> RuleTypes => types;

    /// <summary>
    /// Gets or sets how long the organisation rules may run for one assessment (2 seconds unless set; more than zero, at
    /// most 5 minutes). Past it the assessment stops with a <see cref="Rules.RuleSetException"/> naming the rule that was
    /// running, and the organisation's session is cancelled; a rule that never returns keeps its own thread, which the
    /// assessment does not wait for.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Zero or less, or more than 5 minutes.</exception>
    public TimeSpan OrganisationRuleTimeLimit
    {
        get => timeLimit;
        set
        {
            ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(value, TimeSpan.Zero);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, OrganisationRuleSet.MaxTimeLimit);
            timeLimit = value;
        }
    }

    /// <summary>
    /// Adds the NRules rules of an assembly (public or internal) as organisation rules. They run in a session of their own
    /// over read-only copies of the behaviours (<see cref="BehaviourView"/>) and can only state a concern, which the
    /// library applies as green to yellow at most.
    /// </summary>
    /// <param name="assembly">The assembly with the rules.</param>
    /// <returns>The same options, for chaining.</returns>
    public FlagAssessorOptions AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        assemblies.Add(assembly);
        return this;
    }

    /// <summary>Adds single NRules rule classes as organisation rules, for an assembly that holds other rules too.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The same options, for chaining.</returns>
    public FlagAssessorOptions AddRules(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(ruleTypes));
            types.Add(type);
        }

        return this;
    }
}
