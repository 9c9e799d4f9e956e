using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.onRecord</c>: entries of the actor that are neither a repetition of this behaviour nor a known boundary are
/// listed as a consideration, for the professional to weigh; they never change a flag. History describes what someone did
/// then, never who they are (pitfall "We hebben hier een rode vlag-persoon!"), and the message says so. Entries of other
/// people never reach a behaviour: the join is on the actor (entries grouped by person, as in
/// <see cref="HistoryRepetitionRule"/>). The message is the rule's fixed text (as described) followed
/// by the entries, latest first, at most <see cref="HistoryTexts.MaxNamed"/> by name and the rest counted.
/// </summary>
[Name(Id)]
[Description("Earlier behaviours of the same person in the case file that are neither of the same kind nor serious and addressed are listed for the professional to weigh; they never change a flag, and they describe what happened then, not who the person is.")]
[Priority(90)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[ConsiderationSource(Sources.Flags)]
internal sealed class HistoryOnRecordRule : Rule
{
    public const string Id = "history.onRecord";

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
            .Having(() => match.OnRecord.Length > 0);
        Then().Do(ctx => traits.Fact.Record(OnRecord.Of(match.OnRecord)));
    }

    /// <summary>The latest entries on record, at most <see cref="HistoryTexts.MaxNamed"/>, and how many there are.</summary>
    private sealed record OnRecord(IReadOnlyList<HistoryEntry> Latest, int Count) : ConsiderationRecord(Id)
    {
        public static OnRecord Of(IEnumerable<HistoryFact> entries)
        {
            var (latest, count) = HistoryTexts.Latest(entries, HistoryTexts.MaxNamed);
            return new OnRecord(latest, count);
        }

        public override string Message(CultureInfo culture)
        {
            var named = Latest.Select(entry => HistoryTexts.Entry(entry, culture));
            var listed = RuleTexts.Format(
                "history.onRecord.entries", culture, RuleTexts.Join(named, culture), HistoryTexts.More(Count - HistoryTexts.MaxNamed, culture));
            return RuleTexts.Message(Id, culture) + " " + listed;
        }
    }
}
