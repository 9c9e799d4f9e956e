using CsCheck;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>
/// Invariants about roles and the professional's override: a victim's own behaviour never inherits the actor's flag,
/// organisation-rule overrides never go beyond yellow, and unknown criteria only ever report insufficient information.
/// </summary>
public sealed class RoleInvariantTests
{
    private static readonly Gen<Behaviour> AnyBehaviour =
        from criteria in Generators.Criteria
        from intimacy in Gen.Enum<Intimacy>().Nullable()
        from repeated in Gen.Bool
        from prior in Gen.Bool
        from aware in Gen.Bool
        from overrideRequest in Generators.Override
        select new Behaviour
        {
            Id = "?",
            ActorId = "?",
            Criteria = criteria,
            Intimacy = intimacy,
            Repeated = repeated,
            PriorSeriousAddressed = prior,
            AwareAtTheTime = aware,
            Override = overrideRequest,
        };

    /// <summary>An incident where the actor p0 (behaviour a) affects the victim p1, whose own behaviour v affects p0; and another behaviour of the actor.</summary>
    private static readonly Gen<(Incident Incident, Behaviour OtherActorBehaviour)> ActorAndVictim =
        from actorAge in Gen.Double[3, 60]
        from victimAge in Gen.Double[3, 60]
        from victimDisability in Gen.Bool
        from jurisdiction in Gen.Enum<Jurisdiction>()
        from setting in Gen.Enum<Setting>()
        from sexting in Gen.Bool
        from actor in AnyBehaviour
        from victim in AnyBehaviour
        from other in AnyBehaviour
        select (new Incident
        {
            Jurisdiction = jurisdiction,
            Setting = setting,
            InvolvesSexting = sexting,
            People = [new Person { Id = "p0", AgeYears = Math.Round(actorAge, 1) }, new Person { Id = "p1", AgeYears = Math.Round(victimAge, 1), HasDisability = victimDisability }],
            Behaviours =
            [
                actor with { Id = "a", ActorId = "p0", AffectedIds = ["p1"] },
                victim with { Id = "v", ActorId = "p1", AffectedIds = ["p0"] },
            ],
        }, other with { Id = "a", ActorId = "p0", AffectedIds = ["p1"] });

    [Fact]
    public void VictimFlag_DoesNotDependOnTheActorsBehaviour()
    {
        ActorAndVictim.Sample(t =>
        {
            var (incident, other) = t;
            var changed = incident with { Behaviours = [other, incident.Behaviours[1]] };
            var alone = incident with { Behaviours = [incident.Behaviours[1]] };
            var victim = SerializeOne(MonotonicityTests.Run(incident)[1]);
            return victim == SerializeOne(MonotonicityTests.Run(changed)[1]) && victim == SerializeOne(MonotonicityTests.Run(alone)[0]);
        }, iter: 2_000);
    }

    [Fact]
    public void OrganisationRuleOrContextOverride_NeverBeyondYellow_NeverBelowTheComputedFlag()
    {
        Generators.Incident.Select(Gen.Enum<Flag>().Array[8], Gen.Bool).Sample((incident, flags, organisation) =>
        {
            var basis = organisation ? OverrideBasis.OrganisationRule : OverrideBasis.UnsafeContext;
            var withOverrides = incident with
            {
                Behaviours = [.. incident.Behaviours.Select((b, i) => b with { Override = new OverrideRequest { Flag = flags[i], Basis = basis, Reason = "house rules" } })],
            };
            return MonotonicityTests.Run(withOverrides).All(b =>
                b.Override is { } o
                && (o.Accepted
                    ? b.Flag == o.Flag && (o.Flag == b.ComputedFlag || (b.ComputedFlag == Flag.Green && o.Flag == Flag.Yellow))
                    : b.Flag == b.ComputedFlag && !string.IsNullOrWhiteSpace(o.Refusal))
                && (b.ComputedFlag is null || b.Flag >= b.ComputedFlag)
                && (b.ComputedFlag is null || b.ComputedFlag > Flag.Yellow || b.Flag <= Flag.Yellow));
        }, iter: 2_000);
    }

    [Fact]
    public void UnknownCriteria_AnySubsetHidden_OnlyInsufficientInformationNeverBelowTheKnownOnes()
    {
        Generators.Incident.Select(Gen.Int[1, 63]).Sample((incident, mask) =>
        {
            var hiddenCriteria = Enum.GetValues<Criterion>().Where(c => (mask & (1 << (int)c)) != 0).ToArray();
            var hidden = incident with
            {
                Behaviours = [.. incident.Behaviours.Select(b => b with
                {
                    Criteria = hiddenCriteria.Aggregate(b.Criteria, (criteria, c) => criteria.With(c, CriterionRating.Unknown)),
                })],
            };
            var full = MonotonicityTests.Run(incident);
            return MonotonicityTests.Run(hidden).Zip(hidden.Behaviours, full).All(x =>
            {
                var (result, behaviour, original) = x;
                var unknown = Enum.GetValues<Criterion>().Where(c => behaviour.Criteria[c] == CriterionRating.Unknown).ToArray();
                var knownFloor = Enum.GetValues<Criterion>().Select(c => behaviour.Criteria[c].ToFlag()).Where(f => f is not null).Max();
                return result.UnknownCriteria.SequenceEqual(unknown)
                    && result.CriteriaFlag == knownFloor
                    && MonotonicityTests.Rank(result.ComputedFlag) >= MonotonicityTests.Rank(knownFloor)
                    && MonotonicityTests.Rank(result.ComputedFlag) <= MonotonicityTests.Rank(original.ComputedFlag)
                    && (unknown.Length == 6
                        ? result.CriteriaFlag is null && result.ComputedFlag is null && result.Status == AssessmentStatus.InsufficientInformation
                        : result.Status == (result.ComputedFlag == Flag.Black ? AssessmentStatus.Complete : AssessmentStatus.InsufficientInformation));
            });
        }, iter: 2_000);
    }

    private static string SerializeOne(BehaviourAssessment behaviour) =>
        SensoaJson.Serialize(new Assessment { RuleSetVersion = "x", Behaviours = [behaviour], Referrals = [] });
}
