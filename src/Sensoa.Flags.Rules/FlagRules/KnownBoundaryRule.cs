using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary><c>knownBoundary.redToBlack</c>: red behaviour of a person whose earlier serious behaviour was addressed becomes black.</summary>
[Name(Id)]
[Description("Red behaviour by a person whose earlier serious behaviour was addressed appropriately becomes black: the person should know the boundary.")]
[Priority(800)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class KnownBoundaryRule : Rule
{
    public const string Id = "knownBoundary.redToBlack";

    private static readonly FixedFiring Raise = new(Id, Flag.Red, Flag.Black, Aggravation.KnownBoundary);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Red && f.Behaviour.PriorSeriousAddressed);
        Then()
            .Do(ctx => fact.Record(Raise))
            .Do(ctx => ctx.Update(fact));
    }
}
