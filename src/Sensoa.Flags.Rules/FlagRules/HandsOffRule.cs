using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOff</c>: only visual or verbal; reported so that the degree of intimacy is on record.</summary>
[Name(Id)]
[Description("Hands-off behaviour (only visual or verbal) is reported so that the degree of intimacy is on record.")]
[Priority(110)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[ConsiderationSource(Sources.Flags)]
internal sealed class HandsOffRule : Rule
{
    public const string Id = "intimacy.handsOff";

    public override void Define()
    {
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.Behaviour.Intimacy == Intimacy.HandsOff);
        Then().Do(ctx => traits.Fact.Record(new ConsiderationRecord(Id)));
    }
}
