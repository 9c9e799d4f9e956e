using System.Globalization;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Rules.Engine;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>A rule that reports a factor for the professional to weigh and never changes the flag; its message is built once per culture.</summary>
internal abstract class ConsiderationRule : FlagRule
{
    private readonly CultureCache<Consideration> considerations;

    protected ConsiderationRule()
    {
        considerations = new CultureCache<Consideration>(1, (culture, _) => new Consideration(Id, Texts.Get(MessageKey, culture)));
    }

    public override int Priority => RulePriorities.Consideration;

    /// <summary>Gets false: it only records (the status and rationale), which no condition reads.</summary>
    public override bool ChangesConditions => false;

    public override void Then(BehaviourFact fact, IRuleContext<BehaviourFact> context) =>
        fact.Consider(considerations.Get(fact.Culture, 0));
}
