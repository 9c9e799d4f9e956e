using System.Text.RegularExpressions;
using CsCheck;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>The invariants of the case file's history as properties over random valid incidents with random history.</summary>
public sealed partial class HistoryInvariantTests
{
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    private static readonly string[] Kinds = ["jokes", "touching", "images"];

    /// <summary>An incident from <see cref="Generators.Incident"/> whose behaviours carry labels, with 0 to 12 entries of random people.</summary>
    private static readonly Gen<Incident> WithHistory =
        from incident in Generators.Incident
        from labels in Gen.Int[0, Kinds.Length - 1].Array[0, 2].Array[incident.Behaviours.Count]
        from count in Gen.Int[0, 12]
        from entries in Entry(incident.People.Count).Array[count]
        select incident with
        {
            Behaviours = incident.Behaviours.Select((b, i) => b with { Labels = labels[i].Distinct().Select(k => Kinds[k]).ToArray() }).ToArray(),
            History = entries.Select((e, i) => e with { Id = $"h{i}" }).ToArray(),
        };

    private static Gen<HistoryEntry> Entry(int people) =>
        from person in Gen.Int[0, people - 1]
        from day in Gen.Int[0, 2000]
        from flag in Gen.Enum<Flag>()
        from addressed in Gen.Bool
        from kinds in Gen.Int[0, Kinds.Length - 1].Array[0, 2]
        select new HistoryEntry
        {
            Id = "?",
            PersonId = $"p{person}",
            OccurredOn = new DateOnly(2020, 1, 1).AddDays(day),
            Flag = flag,
            Addressed = addressed,
            Labels = kinds.Distinct().Select(k => Kinds[k]).ToArray(),
        };

    private static Assessment Run(Incident incident)
    {
        var result = Assessor.Assess(incident);
        return result.IsValid ? result.Assessment : throw new InvalidOperationException("generated incident refused: " + string.Join("; ", result.Errors));
    }

    [Fact]
    public void History_NeverLowersAFlag()
    {
        WithHistory.Sample(incident =>
        {
            var without = Run(incident with { History = [] });
            var with = Run(incident);
            return without.Behaviours.Zip(with.Behaviours).All(p =>
                p.First.ComputedFlag is null ? p.Second.ComputedFlag is null : p.Second.ComputedFlag >= p.First.ComputedFlag);
        }, iter: 300);
    }

    [Fact]
    public void History_OrderOfEntries_ChangesNothing()
    {
        WithHistory.Sample(incident =>
        {
            var reversed = incident with { History = [.. incident.History.Reverse()] };
            var rotated = incident with { History = [.. incident.History.Skip(1), .. incident.History.Take(1)] };
            var expected = SensoaJson.Serialize(Run(incident));
            return SensoaJson.Serialize(Run(reversed)) == expected && SensoaJson.Serialize(Run(rotated)) == expected;
        }, iter: 300);
    }

    [Fact]
    public void History_EntryOfAnotherPerson_NeverChangesABehaviour()
    {
        WithHistory.Sample(incident =>
        {
            var all = Run(incident);
            return incident.Behaviours.Select((behaviour, i) =>
            {
                var own = Run(incident with { History = [.. incident.History.Where(e => e.PersonId == behaviour.ActorId)] }).Behaviours[i];
                return SensoaJson.Serialize(Wrap(own)) == SensoaJson.Serialize(Wrap(all.Behaviours[i]));
            }).All(same => same);
        }, iter: 200);
    }

    [Fact]
    public void Repetition_FromInputAndHistory_CountsOnce()
    {
        WithHistory.Sample(incident => Run(incident).Behaviours.All(b =>
            b.FiredRules.Count(r => r.From != r.To && r.Id is "repetition.yellowToRed" or "repetition.redToBlack" or "history.repetition") <= 1
            && b.FiredRules.Count(r => r.From != r.To && r.Id is "knownBoundary.redToBlack" or "history.knownBoundary") <= 1), iter: 500);
    }

    [Fact]
    public void Repetition_InputRepeatedWithRepeatingHistory_SameFlagAsInputAlone()
    {
        WithHistory.Sample(incident =>
        {
            var repeated = incident with { Behaviours = [.. incident.Behaviours.Select(b => b with { Repeated = true, PriorSeriousAddressed = true })] };
            var alone = Run(repeated with { History = [] });
            return Run(repeated).Behaviours.Zip(alone.Behaviours).All(p => p.First.ComputedFlag == p.Second.ComputedFlag);
        }, iter: 300);
    }

    [Fact]
    public void HistoryOutcome_AlwaysNamesAnEntryOfTheActorThatExists()
    {
        WithHistory.Sample(incident =>
        {
            var assessment = Run(incident);
            return incident.Behaviours.Zip(assessment.Behaviours).All(pair =>
            {
                var (behaviour, result) = pair;
                var messages = result.FiredRules.Where(r => r.Id.StartsWith("history.", StringComparison.Ordinal)).Select(r => r.Message)
                    .Concat(result.Considerations.Where(c => c.Id.StartsWith("history.", StringComparison.Ordinal)).Select(c => c.Message))
                    .ToArray();
                return messages.All(message =>
                {
                    var named = NamedEntry().Matches(message);
                    return named.Count > 0 && named.All(m => incident.History.Any(e =>
                        e.Id == m.Groups["id"].Value && e.PersonId == behaviour.ActorId
                        && e.OccurredOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == m.Groups["date"].Value));
                });
            });
        }, iter: 500);
    }

    [Fact]
    public void HistoryOutcome_EveryEntryOfTheActor_NamedOrCountedOrOutranked()
    {
        // No entry of the actor disappears silently: a history rule fired or a consideration lists it, unless the input fact already counted.
        WithHistory.Sample(incident => incident.Behaviours.Zip(Run(incident).Behaviours).All(pair =>
        {
            var (behaviour, result) = pair;
            var hasOwn = incident.History.Any(e => e.PersonId == behaviour.ActorId);
            var shown = result.FiredRules.Any(r => r.Id.StartsWith("history.", StringComparison.Ordinal))
                || result.Considerations.Any(c => c.Id == "history.onRecord");
            return !hasOwn || shown || behaviour.Repeated || behaviour.PriorSeriousAddressed || result.ComputedFlag is null;
        }), iter: 300);
    }

    private static Assessment Wrap(BehaviourAssessment behaviour) => new() { RuleSetVersion = "x", Behaviours = [behaviour], Referrals = [] };

    [GeneratedRegex(@"entry (?<id>h\d+) of (?<date>\d{4}-\d{2}-\d{2})")]
    private static partial Regex NamedEntry();
}
