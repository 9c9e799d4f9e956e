using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>criteria.unknown</c>: unknown criteria do not count; while any is unknown and the flag is below black,
/// the flag is a lower bound (insufficient information). It runs after every raise, so it sees the flag they leave.
/// </summary>
[Name(Id)]
[Description("Criteria rated unknown do not count. While any is unknown and the flag is below black, the flag is only a lower bound: insufficient information.")]
[Priority(RulePriorities.Unknown)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Rationale)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Library)]
internal sealed class UnknownCriteriaRule : Rule
{
    public const string Id = "criteria.unknown";

    private const int NoFlag = 4;

    /// <summary>Firings per variant: which criteria are unknown (six bits) and the flag (none, or green to black).</summary>
    private static readonly CultureCache<FiredRule> Firings = new((BehaviourFact.AllUnknown + 1) * 5, Create);

    public override void Define()
    {
        // Matches the unchanging part: the action reads the flag as the raises above it left it.
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.UnknownMask != 0);
        Then().Do(ctx => Apply(traits.Fact));
    }

    private static void Apply(BehaviourFact fact)
    {
        // The status is read by no condition, so no update is needed.
        fact.Status = fact.Flag == Flag.Black ? AssessmentStatus.Complete : AssessmentStatus.InsufficientInformation;
        fact.Note(Firings.Get(fact.Culture, (fact.UnknownMask * 5) + (fact.Flag is { } flag ? (int)flag : NoFlag)));
    }

    private static FiredRule Create(CultureInfo culture, int variant)
    {
        var mask = variant / 5;
        Flag? flag = variant % 5 == NoFlag ? null : (Flag)(variant % 5);
        var message = flag switch
        {
            null => Texts.Get("rule.criteria.unknown.all", culture),
            Flag.Black => Texts.Format("rule.criteria.unknown.black", culture, Texts.JoinCriteria(mask, culture)),
            _ => Texts.Format("rule.criteria.unknown.partial", culture, Texts.JoinCriteria(mask, culture), Texts.Flag(flag, culture)),
        };
        return new FiredRule(Id, flag, flag, message);
    }
}
