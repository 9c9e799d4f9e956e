using CsCheck;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>
/// "Rules never lower a flag", checked from the outside: more aggravating facts, heavier criteria or fewer exemptions never
/// give a lighter computed flag, and with every aggravating fact off the computed flag is exactly the criteria level.
/// </summary>
public sealed class MonotonicityTests
{
    private static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    /// <summary>The facts the rules apply by themselves: repetition, a known boundary and distributing images (per behaviour).</summary>
    private static readonly Func<Incident, Incident>[] TurnOff =
    [
        i => i with { Behaviours = [.. i.Behaviours.Select(b => b with { Repeated = false })] },
        i => i with { Behaviours = [.. i.Behaviours.Select(b => b with { PriorSeriousAddressed = false })] },
        i => i with { Behaviours = [.. i.Behaviours.Select(b => b with { DistributesImages = false })] },
    ];

    internal static IReadOnlyList<BehaviourAssessment> Run(Incident incident)
    {
        var result = Assessor.Assess(incident);
        return result.IsValid
            ? result.Assessment.Behaviours
            : throw new InvalidOperationException("generated incident refused: " + string.Join("; ", result.Errors));
    }

    /// <summary>No flag (all criteria unknown) ranks below green.</summary>
    internal static int Rank(Flag? flag) => flag is null ? -1 : (int)flag;

    [Fact]
    public void ComputedFlag_EveryAggravatingFactOff_ExactlyTheCriteriaLevel()
    {
        Generators.Incident.Sample(incident =>
        {
            var plain = TurnOff.Aggregate(incident, (current, off) => off(current));
            return Run(plain).All(b => b.ComputedFlag == b.CriteriaFlag && b.FiredRules.All(r => r.From is null || r.To == r.From));
        }, iter: 2_000);
    }

    [Fact]
    public void ComputedFlag_OneAggravatingFactTurnedOff_NeverHeavier()
    {
        Generators.Incident.Select(Gen.Int[0, TurnOff.Length - 1]).Sample((incident, fact) =>
        {
            var with = Run(incident);
            var without = Run(TurnOff[fact](incident));
            return with.Zip(without).All(p =>
                Rank(p.Second.ComputedFlag) <= Rank(p.First.ComputedFlag)
                && Rank(p.Second.ComputedFlag) >= Rank(p.Second.CriteriaFlag)
                && p.First.CriteriaFlag == p.Second.CriteriaFlag);
        }, iter: 3_000);
    }

    [Fact]
    public void ComputedFlag_OneCriterionRatedHeavier_NeverLighter()
    {
        Generators.Incident.Select(Gen.Int[0, 7], Gen.Enum<Criterion>(), Gen.Enum<CriterionRating>()).Sample((incident, which, criterion, rating) =>
        {
            var index = which % incident.Behaviours.Count;
            var behaviour = incident.Behaviours[index];
            var before = behaviour.Criteria[criterion];
            var heavier = before == CriterionRating.Unknown || (rating != CriterionRating.Unknown && rating > before);
            if (!heavier || rating == CriterionRating.Unknown)
            {
                return true;
            }

            var changed = incident with
            {
                Behaviours = [.. incident.Behaviours.Select((b, i) => i == index ? b with { Criteria = b.Criteria.With(criterion, rating) } : b)],
            };
            return Rank(Run(changed)[index].ComputedFlag) >= Rank(Run(incident)[index].ComputedFlag);
        }, iter: 3_000);
    }

    [Fact]
    public void ComputedFlag_ActorExemptFromRepetition_NeverHeavierAndNeverBelowTheCriteria()
    {
        Generators.Incident.Select(Gen.Int[0, 2]).Sample((incident, exemption) =>
        {
            var exempt = incident with
            {
                People = [.. incident.People.Select(p => exemption switch
                {
                    0 => p with { HasDisability = true },
                    1 => p with { LowFunctioning = true },
                    _ => p with { AgeYears = Math.Min(p.AgeYears, 5.5) },
                })],
            };
            return Run(incident).Zip(Run(exempt)).All(p =>
                Rank(p.Second.ComputedFlag) <= Rank(p.First.ComputedFlag)
                && Rank(p.Second.ComputedFlag) >= Rank(p.Second.CriteriaFlag));
        }, iter: 2_000);
    }

    [Fact]
    public void Assessment_PropertiesOfEveryObjectInAnyOrder_SameBytes()
    {
        Generators.Incident.Select(Gen.Int).Sample((incident, seed) =>
        {
            var json = SensoaJson.Serialize(incident);
            var node = System.Text.Json.Nodes.JsonNode.Parse(json)!;
            Shuffle(node, new Random(seed));
            var a = Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(json));
            var b = Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(node.ToJsonString()));
            return a.IsValid && b.IsValid && SensoaJson.Serialize(a.Assessment) == SensoaJson.Serialize(b.Assessment);
        }, iter: 1_000);
    }

    private static void Shuffle(System.Text.Json.Nodes.JsonNode? node, Random random)
    {
        switch (node)
        {
            case System.Text.Json.Nodes.JsonObject obj:
                var properties = obj.ToArray();
                obj.Clear();
                random.Shuffle(properties);
                foreach (var (key, value) in properties)
                {
                    Shuffle(value, random);
                    obj[key] = value;
                }

                break;
            case System.Text.Json.Nodes.JsonArray array:
                foreach (var item in array)
                {
                    Shuffle(item, random);
                }

                break;
        }
    }
}
