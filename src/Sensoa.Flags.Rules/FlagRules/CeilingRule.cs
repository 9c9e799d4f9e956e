using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>flag.ceiling</c>: black is the heaviest flag. When aggravating factors are present that could not raise a black flag,
/// the rationale says so, so that nobody reads their silence as overlooked. It fires after every rule that can apply a factor.
/// </summary>
[Name(Id)]
[Description("Black is the heaviest flag: aggravating factors that are present cannot raise it further, and no rule ever lowers a flag.")]
[Priority(400)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Rationale)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Library)]
internal sealed class CeilingRule : Rule
{
    public const string Id = "flag.ceiling";

    private static readonly (Aggravation Factor, string Key)[] Factors =
    [
        (Aggravation.Repetition, "factor.repetition"),
        (Aggravation.KnownBoundary, "factor.knownBoundary"),
    ];

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Black && (f.Present & ~f.Applied) != Aggravation.None);
        Then().Do(ctx => fact.Record(new Unused(fact.Present & ~fact.Applied)));
    }

    /// <summary>The factors present that could not raise the black flag.</summary>
    private sealed record Unused(Aggravation Factors) : Firing(Id, Flag.Black, Flag.Black)
    {
        /// <summary>Gets true: the factors are flags of a small enum.</summary>
        protected override bool Shared => true;

        public override string Message(CultureInfo culture) =>
            RuleTexts.Format(
                $"rule.{Id}.message",
                culture,
                RuleTexts.Join(CeilingRule.Factors.Where(f => (Factors & f.Factor) != 0).Select(f => RuleTexts.Get(f.Key, culture)), culture));
    }
}
