using NRules.Fluent.Dsl;
using NRules.RuleModel;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.knownBoundary</c>: the case file holds an earlier red or black behaviour of the same person that was
/// addressed appropriately: red behaviour becomes black, as with the input's <c>priorSeriousAddressed</c>, and counts once
/// with it. The join of the behaviour with its actor's entries (grouped by person, as in
/// <see cref="HistoryRepetitionRule"/>) is the rule's condition; its message names the latest entry. On a flag other than red it changes nothing and says so, naming the entry.
/// </summary>
[Name(Id)]
[Description("An earlier red or black behaviour of the same person in the case file that was addressed appropriately makes red behaviour black: the person should know the boundary. It counts once, together with the input's priorSeriousAddressed.")]
[Priority(RulePriorities.HistoryKnownBoundary)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Escalation)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
internal sealed class HistoryKnownBoundaryRule : Rule
{
    public const string Id = "history.knownBoundary";

    public override void Define()
    {
        IGrouping<string, HistoryFact> entries = null!;
        BehaviourTraits traits = null!;
        HistoryMatch match = null!;
        When()
            .Query(() => entries, q => q
                .Match<HistoryFact>()
                .GroupBy(e => e.PersonId))
            .Match(() => traits, t => t.HasHistory, t => t.ActorId == entries.Key)
            .Let(() => match, () => HistoryMatch.Of(entries, traits.Behaviour))
            .Having(() => match.KnownBoundaries.Length > 0);
        Then().Do(ctx => Apply(ctx, traits.Fact, match.KnownBoundaries));
    }

    private static void Apply(IContext context, BehaviourFact fact, IEnumerable<HistoryFact> entries)
    {
        if ((fact.Applied & Aggravation.KnownBoundary) != 0 || fact.Flag is not { } flag)
        {
            return;
        }

        var culture = fact.Culture;
        if (flag == Flag.Red)
        {
            fact.Change(context, HistoryTexts.Firing(Id, "redToBlack", Flag.Red, Flag.Black, entries, culture), Aggravation.KnownBoundary);
        }
        else if (flag == Flag.Black)
        {
            if ((fact.Present & Aggravation.KnownBoundary) == 0)
            {
                fact.Note(HistoryTexts.Firing(Id, "black", Flag.Black, Flag.Black, entries, culture));
            }
        }
        else
        {
            fact.Note(HistoryTexts.Firing(Id, "notRed", flag, flag, entries, culture));
        }
    }
}
