namespace Sensoa.Flags.Rules.Tests.FlagRules;

/// <summary>A small builder for the history rules' tests: one behaviour of p1 (affecting p2) and the case file's entries.</summary>
internal static class HistoryFixture
{
    public static HistoryEntry Entry(string id, Flag flag, bool addressed = false, string person = "p1", string date = "2026-10-03", params string[] labels) => new()
    {
        Id = id,
        PersonId = person,
        OccurredOn = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Flag = flag,
        Addressed = addressed,
        Labels = labels,
    };

    public static Incident Incident(CriterionRating level, string[] labels, bool repeated = false, bool priorSerious = false, params HistoryEntry[] history) => new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.School,
        People = [new Person { Id = "p1", AgeYears = 14 }, new Person { Id = "p2", AgeYears = 13 }],
        Behaviours =
        [
            new Behaviour
            {
                Id = "b1",
                ActorId = "p1",
                AffectedIds = ["p2"],
                Criteria = IncidentBuilder.Criteria(level),
                Labels = labels,
                Repeated = repeated,
                PriorSeriousAddressed = priorSerious,
            },
        ],
        History = history,
    };

    public static BehaviourAssessment Single(CriterionRating level, string[] labels, bool repeated = false, bool priorSerious = false, params HistoryEntry[] history) =>
        Assess.Incident(Incident(level, labels, repeated, priorSerious, history)).Behaviours.Single();
}
