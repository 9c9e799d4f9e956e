using System.Globalization;
using Sensoa.Flags.Rules;
using Sensoa.Flags.Rules.FlagRules;

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
    /// (<c>FlagAssessor.Create(o =&gt; o.AddRules(typeof(MyRules).Assembly))</c>). The rules are compiled once, here:
    /// create one assessor and share it.
    /// </summary>
    /// <param name="configure">Adds the organisation's rules.</param>
    /// <returns>The assessor.</returns>
    /// <exception cref="RuleSetException">An organisation rule could not be loaded or its name clashes with another rule.</exception>
    public static IFlagAssessor Create(Action<FlagAssessorOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new FlagAssessorOptions();
        configure(options);
        return options.RuleAssemblies.Count == 0
            ? Create()
            : new SensoaFlagAssessor(SensoaRuleSet.Create([.. options.RuleAssemblies]));
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
            .Select(rule => new ConsiderationDescription(rule.Name, RuleTexts.Consideration(rule.Name, culture).Message, rule.Source!))
            .ToArray();
    }

    /// <summary>Describes the rule set: its rules, the considerations they add and the referral conditions, each with its source.</summary>
    /// <param name="culture">The language of the texts; null for English.</param>
    /// <returns>The description.</returns>
    public static RuleSetDescription Describe(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return new RuleSetDescription
        {
            RuleSetVersion = RuleSetVersion,
            Language = Guidance.SensoaCriteria.LanguageOf(culture),
            Rules = DescribeRules(culture),
            Considerations = DescribeConsiderations(culture),
            ReferralConditions = Guidance.ReferralDirectory.DescribeRouting(culture),
        };
    }
}
