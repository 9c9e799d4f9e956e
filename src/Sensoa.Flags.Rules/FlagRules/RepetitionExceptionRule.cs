using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>repetition.exception</c>: a child under 6, a person with a disability or a person functioning at a low level
/// often needs repetition to learn; their repeated yellow or red keeps its flag, and the rationale says why.
/// </summary>
[Name(Id)]
[Description("A child under 6, a person with a disability or a person functioning at a low level often needs repetition to learn: their repeated behaviour keeps its flag.")]
[Priority(RulePriorities.RepetitionException)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Rationale)]
[Repeatability(RuleRepeatability.NonRepeatable)]
internal sealed class RepetitionExceptionRule : Rule
{
    public const string Id = "repetition.exception";

    /// <summary>Firings per variant: the flag (yellow or red) and the exemption (three).</summary>
    private static readonly CultureCache<FiredRule> Firings = new(4 * 4, Create);

    public override void Define()
    {
        BehaviourFact fact = null!;
        When().Match(
            () => fact,
            f => f.Flag == Flag.Yellow || f.Flag == Flag.Red,
            f => f.Behaviour.RepeatedAfterCorrection,
            f => f.Exemption != Exemption.None,
            f => !f.RaisedByContext);
        Then().Do(ctx => fact.Note(Firings.Get(fact.Culture, ((int)fact.Flag!.Value << 2) | (int)fact.Exemption)));
    }

    private static FiredRule Create(CultureInfo culture, int variant)
    {
        var flag = (Flag)(variant >> 2);
        var reason = (Exemption)(variant & 3) switch
        {
            Exemption.UnderSix => "reason.underSix",
            Exemption.Disability => "reason.disability",
            _ => "reason.lowFunctioning",
        };
        return new FiredRule(Id, flag, flag, Texts.Format(RuleTexts.MessageKey(Id), culture, Texts.Flag(flag, culture), Texts.Get(reason, culture)));
    }
}
