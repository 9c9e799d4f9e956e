using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>awareness.atTheTime</c>: how aware the person should have been of the boundary can make a flag heavier; reported as a consideration, and an override with the basis awareness may raise the flag.</summary>
[Name(Id)]
[Description("How aware the person should have been of the boundary and its consequences can make a flag heavier: reported for the professional to weigh, never applied by itself.")]
[Priority(100)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[ConsiderationSource(Sources.Flags)]
internal sealed class AwarenessRule : Rule
{
    public const string Id = "awareness.atTheTime";

    public override void Define()
    {
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.Behaviour.AwareAtTheTime);
        Then().Do(ctx => traits.Fact.Record(new ConsiderationRecord(Id)));
    }
}
