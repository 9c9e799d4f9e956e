using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>flag.ceiling</c>: black is the heaviest flag. When aggravating factors are present that could not raise a black flag,
/// the rationale says so, so that nobody reads their silence as overlooked.
/// </summary>
[Name(Id)]
[Description("Black is the heaviest flag: aggravating factors that are present cannot raise it further, and no rule ever lowers a flag.")]
[Priority(RulePriorities.Ceiling)]
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

    /// <summary>Firings per variant: the factors left unused (two bits).</summary>
    private static readonly CultureCache<FiredRule> Firings = new(4, Create);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(() => fact, f => f.Flag == Flag.Black && (f.Present & ~f.Applied) != Aggravation.None);
        Then().Do(ctx => fact.Note(Firings.Get(fact.Culture, (int)(fact.Present & ~fact.Applied))));
    }

    private static FiredRule Create(CultureInfo culture, int variant)
    {
        var names = new List<string>(Factors.Length);
        foreach (var (factor, key) in Factors)
        {
            if ((variant & (int)factor) != 0)
            {
                names.Add(Texts.Get(key, culture));
            }
        }

        return new FiredRule(Id, Flag.Black, Flag.Black, Texts.Format(RuleTexts.MessageKey(Id), culture, Texts.Join(names, culture)));
    }
}
