using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>sexting.distribution</c>: a behaviour that shares or forwards someone else's sexual images is never green. It turns
/// green into yellow (the criteria decide how much heavier) and always adds a consideration. It matches the behaviour of
/// the one who distributes, so the person in the images is never touched by it. Whether it raises is part of its
/// condition, bound once the criteria have set the flag (it fires after <see cref="MostSevereCriterionRule"/>).
/// </summary>
[Name(Id)]
[Description("Sharing or forwarding someone else's sexual images always crosses a boundary: such a behaviour is never green (green becomes yellow at least; the criteria decide how much heavier).")]
[Priority(950)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.SextingDosAndDonts)]
[ConsiderationSource(Sources.SextingDosAndDonts)]
internal sealed class SextingDistributionRule : Rule
{
    public const string Id = "sexting.distribution";

    private static readonly IReadOnlyList<Firing> GreenToYellow = [new FixedFiring(Id, Flag.Green, Flag.Yellow)];

    private static readonly IReadOnlyList<Firing> NoRaise = [];

    public override void Define()
    {
        BehaviourFact fact = null!;
        IReadOnlyList<Firing> raises = null!;
        When()
            .Match(() => fact, f => f.Behaviour.DistributesImages)
            .Let(() => raises, () => fact.Flag == Flag.Green ? GreenToYellow : NoRaise);
        Then()
            .Do(ctx => fact.Record(new ConsiderationRecord(Id)))
            .Do(ctx => Raise(ctx, fact, raises));
    }

    /// <summary>Records the raise the condition found (none when the flag was already yellow or heavier, or not set) and tells the session.</summary>
    private static void Raise(IContext context, BehaviourFact fact, IReadOnlyList<Firing> raises)
    {
        foreach (var firing in raises)
        {
            fact.Record(firing);
            context.Update(fact);
        }
    }
}
