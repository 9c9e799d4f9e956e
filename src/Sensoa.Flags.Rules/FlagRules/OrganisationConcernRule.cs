using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>organisation.concern</c>: applies a concern that an organisation rule stated about a behaviour, green to yellow at
/// most; a heavier flag is left as it is and the rationale says so. The concerns come from the organisation's own session,
/// which has ended by then (<see cref="Organisation.OrganisationRuleSet"/>); this session never holds an organisation rule. Runs after the escalation rules, and marks what it
/// raised so that repetition does not build on it.
/// </summary>
[Name(Id)]
[Description("A concern from an organisation's own rule turns a green flag into yellow, and never does more: a house rule never sets a flag by itself.")]
[Priority(RulePriorities.OrganisationConcern)]
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
        When()
            .Match(() => fact)
            .Match(() => concern, c => c.Fact == fact);
        Then().Do(ctx => Apply(ctx, fact, concern));
    }

    private static void Apply(IContext context, BehaviourFact fact, ConcernFact concern)
    {
        var culture = fact.Culture;
        var asked = concern.Requested > Flag.Yellow ? Texts.Format("rule.organisation.concern.capped", culture, Texts.Flag(concern.Requested, culture)) : string.Empty;
        if (fact.Flag == Flag.Green)
        {
            var message = Texts.Format(RuleTexts.MessageKey(Id), culture, concern.RuleName, concern.Reason, asked);
            fact.RaisedByConcern = true;
            fact.Change(context, new FiredRule(Id, Flag.Green, Flag.Yellow, message.TrimEnd()));
        }
        else
        {
            var message = Texts.Format("rule.organisation.concern.unchanged", culture, concern.RuleName, concern.Reason, Texts.Flag(fact.Flag, culture));
            fact.Note(new FiredRule(Id, fact.Flag, fact.Flag, message));
        }
    }
}
