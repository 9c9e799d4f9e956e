using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>A Sensoa rule: its description comes from the resources under <c>rule.{id}.description</c>.</summary>
internal abstract class FlagRule : Rule<BehaviourFact>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    /// <inheritdoc/>
    public override string Description => DescribeIn(English);

    /// <summary>Gets the description in a language.</summary>
    public string DescribeIn(CultureInfo culture) => Texts.Get($"rule.{Id}.description", culture);

    /// <summary>Gets the resource key of the rule's message.</summary>
    protected string MessageKey => $"rule.{Id}.message";
}
