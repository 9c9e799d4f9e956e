using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>intimacy.handsOff</c>: only visual or verbal; reported so that the degree of intimacy is on record.</summary>
[Name(Id)]
[Description("Hands-off behaviour (only visual or verbal) is reported so that the degree of intimacy is on record.")]
[Priority(RulePriorities.HandsOff)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[ConsiderationSource(Sources.Flags)]
internal sealed class HandsOffRule : Rule
{
    public const string Id = "intimacy.handsOff";

    private static readonly CultureCache<Consideration> Considerations = new(1, (culture, _) => RuleTexts.Consideration(Id, culture));

    public override void Define()
    {
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.Behaviour.Intimacy == Intimacy.HandsOff);
        Then().Do(ctx => traits.Fact.Consider(Considerations.Get(traits.Fact.Culture, 0)));
    }
}
