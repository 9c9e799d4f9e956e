using System.Reflection;

namespace Sensoa.Flags;

/// <summary>How <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> builds an assessor: the organisation's own rules beside the library's.</summary>
public sealed class FlagAssessorOptions
{
    private readonly List<Assembly> assemblies = [];

    /// <summary>Gets the assemblies whose NRules rules are added as organisation rules.</summary>
    public IReadOnlyList<Assembly> RuleAssemblies => assemblies;

    /// <summary>
    /// Adds the NRules rules of an assembly (public or internal) as organisation rules. They match
    /// <see cref="Rules.Organisation.BehaviourView"/> facts and can only state a concern, which the library applies as
    /// green to yellow at most.
    /// </summary>
    /// <param name="assembly">The assembly with the rules.</param>
    /// <returns>The same options, for chaining.</returns>
    public FlagAssessorOptions AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        assemblies.Add(assembly);
        return this;
    }
}
