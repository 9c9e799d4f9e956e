using Sensoa.Flags.Guidance.Directory;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// Which routing situations of CONTRACT.md an assessed incident is in. "Under 18" and "adult" look at every person of the
/// incident, ages at the time; "red or black" looks at the final flags. Worked out once per incident with plain loops,
/// since routing asks about each situation once per organisation.
/// </summary>
internal sealed class IncidentSituations
{
    private const double Adulthood = 18;

    private static readonly RoutingSituation[] AllSituations = Enum.GetValues<RoutingSituation>();

    private readonly Incident incident;
    private readonly IReadOnlyList<BehaviourAssessment> assessed;
    private readonly bool anyMinor;
    private readonly bool allAdults;
    private readonly bool anyAdult;
    private readonly bool anyDisability;
    private readonly bool serious;
    private readonly bool verySerious;
    private bool? adultSeriousTowardsMinor;
    private Dictionary<string, double>? ages;

    public IncidentSituations(Incident incident, IReadOnlyList<BehaviourAssessment> assessed)
    {
        this.incident = incident;
        this.assessed = assessed;
        allAdults = true;
        foreach (var person in incident.People)
        {
            anyMinor |= person.AgeYears < Adulthood;
            allAdults &= person.AgeYears >= Adulthood;
            anyAdult |= person.AgeYears >= Adulthood;
            anyDisability |= person.HasDisability;
        }

        for (var i = 0; i < assessed.Count; i++)
        {
            var behaviour = assessed[i];
            AnyConcern |= behaviour.Flag != Flag.Green || behaviour.Status != AssessmentStatus.Complete;
            serious |= behaviour.Flag >= Flag.Red;
            verySerious |= behaviour.Flag == Flag.Black;
        }
    }

    /// <summary>Gets whether anything needs advice: some final flag is not green, or some status is not complete.</summary>
    public bool AnyConcern { get; }

    /// <summary>Gets every situation that applies, as bits (<c>1 &lt;&lt; (int)situation</c>).</summary>
    public int Mask()
    {
        var mask = 0;
        foreach (var situation in AllSituations)
        {
            if (Applies(situation))
            {
                mask |= 1 << (int)situation;
            }
        }

        return mask;
    }

    public bool Applies(RoutingSituation situation) => situation switch
    {
        RoutingSituation.AnyConcern => AnyConcern,
        RoutingSituation.School => incident.Setting == Setting.School,
        RoutingSituation.SextingWithMinor => incident.InvolvesSexting && anyMinor,
        RoutingSituation.SextingAdultsOnly => incident.InvolvesSexting && allAdults,
        RoutingSituation.Workplace => incident.Setting == Setting.Workplace,
        RoutingSituation.SportOrYouthWork => incident.Setting is Setting.Sport or Setting.YouthWork,
        RoutingSituation.Disability => incident.Setting == Setting.DisabilityCare || anyDisability,
        RoutingSituation.Historical => incident.OccurredYearsAgo >= 10,
        RoutingSituation.AdultSeriousTowardsMinor => adultSeriousTowardsMinor ??= AdultSeriousTowardsMinor(),
        RoutingSituation.FamilyAdultsSerious => incident.Setting == Setting.Family && allAdults && serious,
        RoutingSituation.Serious => serious,
        RoutingSituation.VerySerious => verySerious,
        _ => false,
    };

    private bool AdultSeriousTowardsMinor()
    {
        if (!serious || !anyMinor || !anyAdult)
        {
            return false;
        }

        for (var i = 0; i < assessed.Count; i++)
        {
            var behaviour = incident.Behaviours[i];
            if (assessed[i].Flag >= Flag.Red && AgeOf(behaviour.ActorId) >= Adulthood && AffectsMinor(behaviour))
            {
                return true;
            }
        }

        return false;
    }

    private bool AffectsMinor(Behaviour behaviour)
    {
        foreach (var id in behaviour.AffectedIds)
        {
            if (AgeOf(id) is { } age && age < Adulthood)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The age of a person of the incident: scanned in small incidents, looked up in large ones.</summary>
    private double? AgeOf(string id)
    {
        if (incident.People.Count > 16)
        {
            ages ??= incident.People.ToDictionary(p => p.Id, p => p.AgeYears, StringComparer.Ordinal);
            return ages.TryGetValue(id, out var age) ? age : null;
        }

        foreach (var person in incident.People)
        {
            if (string.Equals(person.Id, id, StringComparison.Ordinal))
            {
                return person.AgeYears;
            }
        }

        return null;
    }
}
