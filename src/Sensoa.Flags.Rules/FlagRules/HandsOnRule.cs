using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOn</c>: touching can make a flag heavier without a set amount; reported as a consideration, never applied.</summary>
[Name(Id)]
[Description("Hands-on behaviour (touching) can make a flag heavier without a set amount: reported for the professional to weigh, never applied by itself.")]
[Priority(120)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[ConsiderationSource(Sources.Flags)]
internal sealed class HandsOnRule : Rule
{
    public const string Id = "intimacy.handsOn";

    public override void Define()
    {
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.Behaviour.Intimacy == Intimacy.HandsOn);
        Then().Do(ctx => traits.Fact.Record(new ConsiderationRecord(Id)));
    }
}
