using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>organisation.concern</c>: applies a concern that an organisation rule stated about a behaviour, green to yellow at
/// most; a heavier flag (or none) is left as it is and the rationale says so. The concerns come from the organisation's
/// own session, which has ended by then (<see cref="Organisation.OrganisationRuleSet"/>); this session never holds an
/// organisation rule. It fires after the escalation rules, and marks what it raised so that repetition does not build on it.
/// </summary>
[Name(Id)]
[Description("A concern from an organisation's own rule turns a green flag into yellow, and never does more: a house rule never sets a flag by itself.")]
[Priority(600)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class OrganisationConcernRule : Rule
{
    public const string Id = "organisation.concern";

    public override void Define()
    {
        BehaviourFact fact = null!;
        ConcernFact concern = null!;
        Firing applied = null!;
        When()
            .Match(() => fact)
            .Match(() => concern, c => c.Fact == fact)
            .Let(() => applied, () => fact.Flag == Flag.Green ? (Firing)new Raised(concern) : new Unchanged(concern, fact.Flag));
        Then()
            .Do(ctx => fact.Record(applied))
            .Do(ctx => ctx.Update(fact));
    }

    /// <summary>Green became yellow; a heavier flag asked for is named as left to the criteria.</summary>
    private sealed record Raised(ConcernFact Concern) : Firing(Id, Flag.Green, Flag.Yellow, Aggravation.OrganisationConcern)
    {
        public override string Message(CultureInfo culture)
        {
            var asked = Concern.Requested > Flag.Yellow
                ? RuleTexts.Format($"rule.{Id}.capped", culture, RuleTexts.Flag(Concern.Requested, culture))
                : string.Empty;
            return RuleTexts.Format($"rule.{Id}.message", culture, Concern.RuleName, Concern.Reason, asked).TrimEnd();
        }
    }

    /// <summary>The flag was not green: the concern changes nothing.</summary>
    private sealed record Unchanged(ConcernFact Concern, Flag? Flag) : Firing(Id, Flag, Flag)
    {
        public override string Message(CultureInfo culture) =>
            RuleTexts.Format($"rule.{Id}.unchanged", culture, Concern.RuleName, Concern.Reason, RuleTexts.Flag(Flag, culture));
    }
}
