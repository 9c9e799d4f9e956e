using System.Globalization;
using System.Reflection;

namespace Sensoa.Flags;

/// <summary>The defaults of the <see cref="IFlagAssessor"/> that <c>services.AddSensoaFlags()</c> registers.</summary>
public sealed class SensoaFlagsOptions
{
    /// <summary>Gets or sets the language of every text when a call passes no <see cref="AssessmentOptions"/>; English by default.</summary>
    public CultureInfo Culture { get; set; } = AssessmentOptions.Default.Culture;

    /// <summary>
    /// Gets or sets the clock for calls that pass no <see cref="AssessmentOptions"/> (see <see cref="AssessmentOptions.Clock"/>):
    /// with it, each referral says whether it is open now. Null, the default, leaves that out, so that the output depends
    /// on the input alone; <c>o.TimeProvider = TimeProvider.System</c> turns it on.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

    /// <summary>Gets the assemblies whose NRules rules are added as organisation rules (see <see cref="FlagAssessorOptions.AddRules(System.Reflection.Assembly)"/>).</summary>
    public IList<Assembly> RuleAssemblies { get; } = [];

    /// <summary>Gets the single NRules rule classes added as organisation rules (see <see cref="FlagAssessorOptions.AddRules(Type[])"/>).</summary>
    public IList<Type> RuleTypes { get; } = [];

    /// <summary>Gets or sets how long organisation rules may run for one assessment (see <see cref="FlagAssessorOptions.OrganisationRuleTimeLimit"/>; 2 seconds unless set).</summary>
    public TimeSpan OrganisationRuleTimeLimit { get; set; } = Rules.Organisation.OrganisationRuleSet.DefaultTimeLimit;

    /// <summary>Adds single NRules rule classes as organisation rules: they can only turn a green flag into yellow.</summary>
    /// <param name="ruleTypes">The rule classes.</param>
    /// <returns>The same options, for chaining.</returns>
    public SensoaFlagsOptions AddRules(params Type[] ruleTypes)
    {
        ArgumentNullException.ThrowIfNull(ruleTypes);
        foreach (var type in ruleTypes)
        {
            ArgumentNullException.ThrowIfNull(type, nameof(ruleTypes));
            RuleTypes.Add(type);
        }

        return this;
    }

    /// <summary>Adds the NRules rules of an assembly as organisation rules: they can only turn a green flag into yellow.</summary>
    /// <param name="assembly">The assembly with the rules.</param>
    /// <returns>The same options, for chaining.</returns>
    public SensoaFlagsOptions AddRules(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        RuleAssemblies.Add(assembly);
        return this;
    }
}
