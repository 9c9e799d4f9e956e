using System.Globalization;
using NRules.Fluent.Dsl;
using NRules.RuleModel;
using Sensoa.Flags.Rules.Localization;

namespace Sensoa.Flags.Rules.FlagRules;

/// <summary>
/// <c>history.onRecord</c>: entries of the actor that are neither a repetition of this behaviour nor a known boundary are
/// listed as a consideration, for the professional to weigh; they never change a flag. History describes what someone did
/// then, never who they are (pitfall "We hebben hier een rode vlag-persoon!"), and the message says so. Entries of other
/// people never reach a behaviour: they were joined on the actor before the session (<see cref="HistoryJoinRule"/>). It reads
/// no flag, so it matches the behaviour's unchanging <see cref="BehaviourTraits"/>, which the flag's changes never pass.
/// The message is the rule's fixed text (as described) followed
/// by the entries, latest first, at most <see cref="HistoryTexts.MaxNamed"/> by name and the rest counted.
/// </summary>
[Name(Id)]
[Description("Earlier behaviours of the same person in the case file that are neither of the same kind nor serious and addressed are listed for the professional to weigh; they never change a flag, and they describe what happened then, not who the person is.")]
[Priority(90)]
[Tag(RuleTags.Sensoa)]
[Tag(RuleTags.Consideration)]
[Repeatability(RuleRepeatability.NonRepeatable)]
[Source(Sources.Flags)]
[NeedsHistory]
[ConsiderationSource(Sources.Flags)]
internal sealed class HistoryOnRecordRule : Rule
{
    public const string Id = "history.onRecord";

    public override void Define()
    {
        BehaviourTraits traits = null!;
        When().Match(() => traits, t => t.History.OnRecord.Length > 0);
        Then().Do(ctx => traits.Fact.Record(OnRecord.Of(traits.History.OnRecord)));
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
