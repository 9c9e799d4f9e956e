using System.Globalization;
using System.Reflection;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags;

/// <summary>
/// How an assessor is made, by <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> or by
/// <c>services.AddSensoaFlags(...)</c>: the organisation's own rules beside the library's, and the language and clock
/// an assessment takes when its call sets none (a call's <see cref="AssessmentOptions"/> win over these).
/// </summary>
public sealed class FlagAssessorOptions
{
    private readonly List<Assembly> assemblies = [];
    private readonly List<Type> types = [];
    private TimeSpan timeLimit = OrganisationRuleSet.DefaultTimeLimit;
    private CultureInfo culture = AssessmentOptions.Default.Culture;

    /// <summary>
    /// Gets or sets the language of every text and error message when a call sets no <see cref="AssessmentOptions.Culture"/>:
    /// English unless Dutch (<c>nl</c>, <c>nl-BE</c>, ...) is set.
    /// </summary>
    public CultureInfo Culture
    {
        get => culture;
        set => culture = value ?? throw new ArgumentNullException(nameof(value), "FlagAssessorOptions.Culture cannot be null; English is the default.");
    }

    /// <summary>
    /// Gets or sets the clock for "open now" when a call sets no <see cref="AssessmentOptions.TimeProvider"/>: with it,
    /// each referral says whether it is open at that moment. Null, the default, means no clock for
    /// <see cref="FlagAssessor.Create(Action{FlagAssessorOptions})"/> (the output depends on the input alone) and, for
    /// <c>services.AddSensoaFlags(...)</c>, the container's <see cref="System.TimeProvider"/>, else the system clock.
    /// A call that wants output that depends on its input alone sets <c>TimeProvider = null</c> in its options.
    /// </summary>
    public TimeProvider? TimeProvider { get; set; }

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

    /// <summary>A copy, so that an assessor made later (a container's singleton) sees the options as they were configured.</summary>
    internal FlagAssessorOptions Snapshot()
    {
        var copy = new FlagAssessorOptions { culture = culture, TimeProvider = TimeProvider, timeLimit = timeLimit };
        copy.assemblies.AddRange(assemblies);
        copy.types.AddRange(types);
        return copy;
    }
}
