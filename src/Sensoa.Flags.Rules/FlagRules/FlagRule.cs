using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// A Sensoa rule: its description comes from the resources under <c>rule.{id}.description</c>, its message from
/// <c>rule.{id}.message</c>. What a rule records depends only on the culture and a few discrete facts (the flags, which
/// criteria), so each rule numbers those variants and builds each <see cref="FiredRule"/> once per culture: the hot path
/// then formats nothing and allocates nothing for the rationale.
/// </summary>
internal abstract class FlagRule : Rule<BehaviourFact>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private readonly CultureCache<FiredRule> firings;

    /// <summary>Initializes a new instance of the <see cref="FlagRule"/> class.</summary>
    /// <param name="variants">How many different firings the rule can record per culture.</param>
    protected FlagRule(int variants = 1)
    {
        firings = new CultureCache<FiredRule>(variants, (culture, variant) => CreateFiring(culture, variant));
    }

    /// <inheritdoc/>
    public override string Description => DescribeIn(English);

    /// <summary>Gets the resource key of the rule's message.</summary>
    protected string MessageKey => $"rule.{Id}.message";

    /// <summary>Gets the description in a language.</summary>
    public string DescribeIn(CultureInfo culture) => Texts.Get($"rule.{Id}.description", culture);

    /// <summary>Gets the firing of a variant in a culture, built on first use.</summary>
    protected FiredRule Firing(CultureInfo culture, int variant = 0) => firings.Get(culture, variant);

    /// <summary>Builds the firing of a variant: its flags and its message in the culture.</summary>
    protected virtual FiredRule CreateFiring(CultureInfo culture, int variant) =>
        throw new NotSupportedException($"Rule '{Id}' records no firing.");

    /// <summary>A firing with the rule's message as it stands (no arguments).</summary>
    protected FiredRule Fixed(CultureInfo culture, Flag? from, Flag? to) =>
        new(Id, from, to, Texts.Get(MessageKey, culture));
}
