using CsCheck;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>The invariants of the rules and the override policy (docs/method.md) as properties over random valid incidents.</summary>
public sealed class InvariantTests
{
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    private static Assessment Run(Incident incident)
    {
        var result = Assessor.Assess(incident);
        if (!result.IsValid)
        {
            throw new InvalidOperationException("generated incident refused: " + string.Join("; ", result.Errors));
        }

        return result.Assessment;
    }

    private static Flag? MostSevereKnown(Criteria criteria) =>
        Enum.GetValues<Criterion>().Select(c => criteria[c].ToFlag()).Where(f => f is not null).Max();

    [Fact]
    public void ValidIncident_AlwaysAssesses()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.Count == incident.Behaviours.Count, iter: 2000);
    }

    [Fact]
    public void ComputedFlag_NeverBelowTheMostSevereCriterion_NeverAboveBlack()
    {
        Generators.Incident.Sample(incident =>
        {
            var assessment = Run(incident);
            return incident.Behaviours.Zip(assessment.Behaviours).All(pair =>
            {
                var (behaviour, result) = pair;
                var floor = MostSevereKnown(behaviour.Criteria);
                return result.CriteriaFlag == floor
                    && (floor is null ? result.ComputedFlag is null : result.ComputedFlag >= floor)
                    && (result.ComputedFlag is null || result.ComputedFlag <= Flag.Black)
                    && Enum.IsDefined(result.ComputedFlag ?? Flag.Green);
            });
        }, iter: 2000);
    }

    [Fact]
    public void Rules_NeverLowerAFlag_EachFiringGoesUpOrStays()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.All(b =>
            b.FiredRules.All(r => r.From is null || r.To >= r.From)
            && b.FiredRules.Zip(b.FiredRules.Skip(1)).All(p => p.Second.From == p.First.To)
            && (b.FiredRules.Count == 0 || b.FiredRules[^1].To == b.ComputedFlag)), iter: 2000);
    }

    [Fact]
    public void Override_NeverLowersTheComputedFlag()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.All(b =>
            b.ComputedFlag is null ? b.Flag is null : b.Flag >= b.ComputedFlag), iter: 2000);
    }

    [Fact]
    public void DistributesImages_NeverGreen()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.Zip(incident.Behaviours).All(p =>
            !p.Second.DistributesImages || (p.First.ComputedFlag != Flag.Green && p.First.Flag != Flag.Green)), iter: 2000);
    }

    [Fact]
    public void AwareAtTheTime_NeverRaisesByItself()
    {
        Generators.Incident.Sample(incident =>
        {
            var unaware = incident with { Behaviours = [.. incident.Behaviours.Select(b => b with { AwareAtTheTime = false })] };
            return Run(incident).Behaviours.Zip(Run(unaware).Behaviours).All(p => p.First.ComputedFlag == p.Second.ComputedFlag);
        }, iter: 1000);
    }

    [Fact]
    public void OrganisationRuleOverride_NeverBeyondYellow()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.All(b =>
            b.Override is not { Basis: OverrideBasis.OrganisationRule or OverrideBasis.UnsafeContext, Accepted: true }
            || b.Flag == b.ComputedFlag
            || (b.ComputedFlag == Flag.Green && b.Flag == Flag.Yellow)), iter: 2000);
    }

    [Fact]
    public void RefusedOverride_LeavesComputedFlag_AcceptedSetsIt()
    {
        Generators.Incident.Sample(incident => Run(incident).Behaviours.All(b => b.Override switch
        {
            null => b.Flag == b.ComputedFlag,
            { Accepted: true } o => b.Flag == o.Flag && o.Refusal is null,
            { Accepted: false } o => b.Flag == b.ComputedFlag && !string.IsNullOrEmpty(o.Refusal),
        }), iter: 2000);
    }

    [Fact]
    public void Output_DoesNotDependOnTheOrderOfBehaviours()
    {
        Generators.Incident.Select(Gen.Int, (incident, seed) => (incident, seed)).Sample(t =>
        {
            var (incident, seed) = t;
            var shuffled = incident with { Behaviours = Shuffle(incident.Behaviours, seed) };
            var original = Run(incident).Behaviours.ToDictionary(b => b.BehaviourId, SerializeOne);
            var other = Run(shuffled).Behaviours.ToDictionary(b => b.BehaviourId, SerializeOne);
            return original.Count == other.Count && original.All(kv => other[kv.Key] == kv.Value);
        }, iter: 1000);
    }

    [Fact]
    public void Output_DoesNotDependOnTheOrderOfPeopleOrAffected()
    {
        Generators.Incident.Select(Gen.Int, (incident, seed) => (incident, seed)).Sample(t =>
        {
            var (incident, seed) = t;
            var shuffled = incident with
            {
                People = Shuffle(incident.People, seed),
                Behaviours = incident.Behaviours.Select(b => b with { AffectedIds = Shuffle(b.AffectedIds, seed + 1) }).ToArray(),
            };
            return SensoaJson.Serialize(Run(incident)) == SensoaJson.Serialize(Run(shuffled));
        }, iter: 1000);
    }

    [Fact]
    public void Output_DoesNotDependOnHowTheCriteriaAreWritten()
    {
        // The JSON contract names criteria as properties; their order in the text must not matter.
        Generators.Incident.Sample(incident =>
        {
            var json = SensoaJson.Serialize(incident);
            var reordered = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            foreach (var behaviour in reordered["behaviours"]!.AsArray())
            {
                var criteria = behaviour!["criteria"]!.AsObject();
                var pairs = criteria.Reverse().Select(p => (p.Key, p.Value!.GetValue<string>())).ToList();
                criteria.Clear();
                foreach (var (key, value) in pairs)
                {
                    criteria[key] = value;
                }
            }

            var a = Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(json));
            var b = Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(reordered.ToJsonString()));
            return a.IsValid && b.IsValid && SensoaJson.Serialize(a.Assessment) == SensoaJson.Serialize(b.Assessment);
        }, iter: 500);
    }

    [Fact]
    public void VictimFlag_DoesNotDependOnOtherBehaviours()
    {
        Generators.Incident.Select(Generators.Criteria, (incident, other) => (incident, other)).Sample(t =>
        {
            var (incident, other) = t;
            var changed = incident with
            {
                Behaviours = incident.Behaviours.Select((b, i) => i == 0 ? b : b with { Criteria = other }).ToArray(),
            };
            return SerializeOne(Run(incident).Behaviours[0]) == SerializeOne(Run(changed).Behaviours[0]);
        }, iter: 1000);
    }

    [Fact]
    public void UnknownCriteria_OnlyEverReportInsufficientInformation_NeverALowerFlag()
    {
        Generators.Incident.Select(Gen.Int[0, 5], (incident, which) => (incident, which)).Sample(t =>
        {
            var (incident, which) = t;
            var criterion = (Criterion)which;
            var hidden = incident with
            {
                Behaviours = incident.Behaviours.Select(b => b with { Criteria = b.Criteria.With(criterion, CriterionRating.Unknown) }).ToArray(),
            };
            return Run(hidden).Behaviours.Zip(incident.Behaviours).All(pair =>
            {
                var (result, behaviour) = pair;
                var knownFloor = Enum.GetValues<Criterion>().Where(c => c != criterion)
                    .Select(c => behaviour.Criteria[c].ToFlag()).Where(f => f is not null).Max();
                return result.CriteriaFlag == knownFloor
                    && (result.ComputedFlag == Flag.Black ? result.Status == AssessmentStatus.Complete : result.Status == AssessmentStatus.InsufficientInformation);
            });
        }, iter: 1000);
    }

    [Fact]
    public void Assess_SameInput_SameBytes()
    {
        Generators.Incident.Sample(incident => SensoaJson.Serialize(Run(incident)) == SensoaJson.Serialize(Run(incident)), iter: 500);
    }

    private static string SerializeOne(BehaviourAssessment behaviour) =>
        SensoaJson.Serialize(new Assessment { RuleSetVersion = "x", Behaviours = [behaviour], Referrals = [] });

    private static T[] Shuffle<T>(IReadOnlyList<T> items, int seed)
    {
        var array = items.ToArray();
        new Random(seed).Shuffle(array);
        return array;
    }
}
