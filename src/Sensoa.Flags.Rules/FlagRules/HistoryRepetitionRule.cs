using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.repetition</c>: the case file holds an earlier behaviour of the same person, yellow or heavier, of the same
/// kind (a shared label): the behaviour counts as repeated. The join of the behaviour with its actor's entries is the
/// rule's condition; the entries are collected, so the rule fires once per behaviour however many entries qualify, and its
/// message names the latest. Repetition counts once: when the input's <c>repeated</c> already raised the flag, this adds
/// nothing. It matches the behaviour's unchanging traits, so the flag's changes do not pass through the join; the action
/// reads the flag as the rules above it left it.
/// </summary>
[Name(Id)]
[Description("An earlier behaviour of the same person in the case file, yellow or heavier and of the same kind (a shared label), makes this behaviour repeated: yellow becomes red, red becomes black. Repetition counts once, together with the input's repeated.")]
[Priority(RulePriorities.HistoryRepetition)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class HistoryRepetitionRule : Rule
{
    public const string Id = "history.repetition";

    public override void Define()
    {
        BehaviourTraits traits = null!;
        IEnumerable<HistoryFact> entries = null!;
        When()
            .Match(() => traits, t => t.HasHistory)
            .Query(() => entries, q => q
                .Match<HistoryFact>(e => e.AtLeastYellow, e => e.PersonId == traits.ActorId, e => e.SharesLabelWith(traits.Behaviour))
                .Collect()
                .Where(c => c.Any()));
        Then().Do(ctx => Apply(ctx, traits.Fact, entries));
    }

    private static void Apply(IContext context, BehaviourFact fact, IEnumerable<HistoryFact> entries)
    {
        if ((fact.Applied & Aggravation.Repetition) != 0 || fact.RaisedByConcern)
        {
            return;
        }

        var culture = fact.Culture;
        switch (fact.Flag)
        {
            case Flag.Yellow:
                fact.Change(context, HistoryTexts.Firing(Id, "yellowToRed", Flag.Yellow, Flag.Red, entries, culture), Aggravation.Repetition);
                break;
            case Flag.Red:
                fact.Change(context, HistoryTexts.Firing(Id, "redToBlack", Flag.Red, Flag.Black, entries, culture), Aggravation.Repetition);
                break;
            case Flag.Black when (fact.Present & Aggravation.Repetition) == 0:
                fact.Note(HistoryTexts.Firing(Id, "black", Flag.Black, Flag.Black, entries, culture));
                break;
            case Flag.Green:
                fact.Note(HistoryTexts.Firing(Id, "green", Flag.Green, Flag.Green, entries, culture));
                break;
        }
    }
}
