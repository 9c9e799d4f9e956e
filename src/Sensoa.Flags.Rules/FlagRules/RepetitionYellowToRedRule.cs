using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.yellowToRed</c>: yellow behaviour that happened more than once becomes red, for everyone; no earlier correction is needed (the source says only "herhaald").
/// A yellow that only an organisation's concern made is not the behaviour's own severity, so repetition leaves it.
/// </summary>
[Name(Id)]
[Description("Lightly boundary-crossing behaviour that happened more than once becomes seriously boundary-crossing: yellow to red, for everyone (age and functioning level count through the development criterion). No earlier correction is needed.")]
[Priority(900)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class RepetitionYellowToRedRule : Rule
{
    public const string Id = "repetition.yellowToRed";

    private static readonly FixedFiring Raise = new(Id, Flag.Yellow, Flag.Red, Aggravation.Repetition);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Yellow
                && f.Behaviour.Repeated
                && (f.Applied & (Aggravation.Repetition | Aggravation.OrganisationConcern)) == 0);
        Then()
            .Do(ctx => fact.Record(Raise))
            .Do(ctx => ctx.Update(fact));
    }
}
