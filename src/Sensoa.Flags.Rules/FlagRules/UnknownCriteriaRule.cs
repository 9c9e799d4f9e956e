using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>criteria.unknown</c>: unknown criteria do not count; while any is unknown and the flag is below black, the flag is
/// a lower bound (insufficient information). It records the flag as the raises leave it, so it fires after every rule
/// that changes the flag (a lower priority than all of them).
/// </summary>
[Name(Id)]
[Description("Criteria rated unknown do not count. While any is unknown and the flag is below black, the flag is only a lower bound: insufficient information.")]
[Priority(500)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Rationale)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Library)]
internal sealed class UnknownCriteriaRule : Rule
{
    public const string Id = "criteria.unknown";

    public override void Define()
    {
        // Matches the unchanging part: it records the flag as the raises before it left it.
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.UnknownCriteria.Count > 0);
        Then().Do(ctx => traits.Fact.Record(new Unrated(traits.Fact.Flag, traits.UnknownCriteria)));
    }

    /// <summary>The flag as it stands and the criteria not rated yet: the flag is a lower bound unless it is black.</summary>
    private sealed record Unrated(Flag? Flag, IReadOnlyList<Criterion> Criteria) : Firing(Id, Flag, Flag)
    {
        /// <summary>Gets true: a flag and one of the shared lists of criteria (<see cref="CriteriaSets"/>).</summary>
        protected override bool Shared => true;

        public override AssessmentStatus Status =>
            Flag == Flags.Flag.Black ? AssessmentStatus.Complete : AssessmentStatus.InsufficientInformation;

        public override string Message(CultureInfo culture) => Flag switch
        {
            null => RuleTexts.Get("rule.criteria.unknown.all", culture),
            Flags.Flag.Black => RuleTexts.Format("rule.criteria.unknown.black", culture, RuleTexts.Criteria(Criteria, culture)),
            _ => RuleTexts.Format("rule.criteria.unknown.partial", culture, RuleTexts.Criteria(Criteria, culture), RuleTexts.Flag(Flag, culture)),
        };
    }
}
