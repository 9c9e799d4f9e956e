using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>criteria.mostSevere</c>: the starting flag is the most severe rated criterion, not a sum. It fires first: every other rule reads the flag it sets.</summary>
[Name(Id)]
[Description("The starting flag is the most severe level among the rated criteria. Criteria are never added up: three yellow criteria stay yellow.")]
[Priority(1000)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Criteria)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class MostSevereCriterionRule : Rule
{
    public const string Id = "criteria.mostSevere";

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.CriteriaFlag == null && f.MostSevere != null);
        Then()
            .Do(ctx => fact.Record(new Started(fact.MostSevere!.Value, fact.AtMostSevere)))
            .Do(ctx => ctx.Update(fact));
    }

    /// <summary>The starting flag and the criteria rated at it.</summary>
    private sealed record Started(Flag Level, IReadOnlyList<Criterion> Criteria) : Firing(Id, null, Level)
    {
        /// <summary>Gets true: a flag and one of the shared lists of criteria (<see cref="CriteriaSets"/>).</summary>
        protected override bool Shared => true;

        public override string Message(CultureInfo culture) =>
            RuleTexts.Format($"rule.{Id}.message", culture, RuleTexts.Criteria(Criteria, culture), RuleTexts.Flag(Level, culture));
    }
}
