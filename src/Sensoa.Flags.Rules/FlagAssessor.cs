using System.Globalization;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Rules.Localization;
using Sensoa.Flags.Rules.Organisation;

namespace Sensoa.Flags;

/// <summary>Creates the Sensoa flag assessor. No container needed: <c>var assessor = FlagAssessor.Create();</c>.</summary>
public static class FlagAssessor
{
    /// <summary>Gets the version of the Sensoa rule set that assessments carry.</summary>
    public static string RuleSetVersion => SensoaRuleSet.Version;

    /// <summary>
    /// Creates an assessor over the Sensoa rule set. It is thread-safe: create one and share it. The rule set is compiled
    /// once per process, on the first assessment of any such assessor.
    /// </summary>
    /// <returns>The assessor.</returns>
    public static IFlagAssessor Create() => new SensoaFlagAssessor(SensoaRuleSet.Shared);

    /// <summary>
    /// Creates an assessor over the Sensoa rule set and an organisation's own rules
    /// (<c>FlagAssessor.Create(o =&gt; o.AddRules(typeof(MyRules).Assembly))</c>), with the language and clock its
    /// assessments take when a call sets none. The rules are compiled once, here: create one assessor and share it.
    /// </summary>
    /// <param name="configure">Adds the organisation's rules, sets the default language and clock.</param>
    /// <returns>The assessor.</returns>
    /// <remarks>
    /// The organisation's rules are compiled into a rule set of their own and run, per assessment, in a session of their
    /// own that holds only read-only copies of the behaviours; what comes out is the concerns they state, which the library
    /// applies in its session (green to yellow at most). A rule that throws, halts its session, fires without end or runs
    /// past <see cref="FlagAssessorOptions.OrganisationRuleTimeLimit"/> makes that assessment throw one
    /// <see cref="RuleSetException"/> naming the rule; other assessments are not affected.
    /// </remarks>
    /// <exception cref="RuleSetException">An organisation rule could not be loaded or its name clashes with another rule.</exception>
    public static IFlagAssessor Create(Action<FlagAssessorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new FlagAssessorOptions();
        configure(options);
        var assessor = Build(options);
        return ReferenceEquals(options.Culture, AssessmentOptions.Default.Culture) && options.TimeProvider is null
            ? assessor
            : new Rules.DependencyInjection.ConfiguredFlagAssessor(assessor, new AssessmentOptions { Culture = options.Culture, TimeProvider = options.TimeProvider });
    }

    /// <summary>The assessor over the Sensoa rule set and the options' organisation rules, without the options' defaults.</summary>
    internal static IFlagAssessor Build(FlagAssessorOptions options)
    {
        var organisation = OrganisationRuleSet.Create([.. options.RuleAssemblies], [.. options.RuleTypes], options.OrganisationRuleTimeLimit);
        return organisation is null
            ? Create()
            : new SensoaFlagAssessor(SensoaRuleSet.SharedWithConcerns, organisation);
    }

    /// <summary>Lists the rules from their NRules metadata (id, priority, description, tags, source), highest priority first.</summary>
    /// <param name="culture">The language of the descriptions; null for English.</param>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<RuleDescription> DescribeRules(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return SensoaRuleSet.LoadDefinitions()
            .Select(rule => new RuleDescription(rule.Name, rule.Priority, RuleTexts.Description(rule.Name, culture), rule.Tags.ToArray(), SensoaRuleSet.SourceOf(rule, culture)))
            .ToArray();
    }

    /// <summary>Lists the considerations the rules can add (id, message, source), in the order of the rules that add them.</summary>
    /// <param name="culture">The language of the messages; null for English.</param>
    /// <returns>The considerations.</returns>
    public static IReadOnlyList<ConsiderationDescription> DescribeConsiderations(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return SensoaRuleSet.LoadDefinitions()
            .Select(rule => (rule.Name, Source: SensoaRuleSet.ConsiderationSourceOf(rule, culture)))
            .Where(rule => rule.Source is not null)
            .Select(rule => new ConsiderationDescription(rule.Name, RuleTexts.Message(rule.Name, culture), rule.Source!))
            .ToArray();
    }

    /// <summary>
    /// Describes the library's rule set: its rules, the considerations they add and the referral conditions, each with its
    /// source (no organisation rules: see <see cref="Describe(IFlagAssessor, CultureInfo?)"/>).
    /// </summary>
    /// <param name="culture">The language of the texts; null for English.</param>
    /// <returns>The description.</returns>
    public static RuleSetDescription Describe(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return new RuleSetDescription
        {
            RuleSetVersion = RuleSetVersion,
            Language = Languages.Of(culture),
            Rules = DescribeRules(culture),
            Considerations = DescribeConsiderations(culture),
            ReferralConditions = Guidance.ReferralDirectory.DescribeRouting(culture),
            OrganisationRules = [],
        };
    }

    /// <summary>
    /// Describes the rule set an assessor runs: the library's, as <see cref="Describe(CultureInfo?)"/>, and beside it the
    /// organisation rules the assessor was made with, each with its name, priority and description (the organisation's
    /// own words, in whatever language it wrote them).
    /// </summary>
    /// <param name="assessor">An assessor from <see cref="Create()"/>, <see cref="Create(Action{FlagAssessorOptions})"/> or <c>AddSensoaFlags</c>.</param>
    /// <param name="culture">The language of the library's texts; null for English.</param>
    /// <returns>The description.</returns>
    /// <exception cref="ArgumentException">The assessor was not made by this library, so its rules are unknown.</exception>
    public static RuleSetDescription Describe(IFlagAssessor assessor, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        var organisation = assessor switch
        {
            SensoaFlagAssessor ours => ours.Organisation,
            Rules.DependencyInjection.ConfiguredFlagAssessor configured => configured.Organisation,
            _ => throw new ArgumentException("Not an assessor made by FlagAssessor.Create or AddSensoaFlags: its rules are unknown.", nameof(assessor)),
        };
        return Describe(culture) with
        {
            OrganisationRules = organisation is null
                ? []
                : [.. organisation.Rules.Select(rule => new OrganisationRuleDescription(rule.Name, rule.Priority, rule.Description ?? string.Empty))],
        };
    }
}
