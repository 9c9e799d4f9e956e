using Sensoa.Flags.Guidance.Directory;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// Which routing situations of CONTRACT.md an assessed incident is in. "Under 18" and "adult" look at every person of the
/// incident, ages at the time; "red or black" looks at the final flags.
/// </summary>
internal sealed class IncidentSituations
{
    private const double Adulthood = 18;

    private readonly Incident incident;
    private readonly IReadOnlyList<BehaviourAssessment> assessed;

    public IncidentSituations(Incident incident, IReadOnlyList<BehaviourAssessment> assessed)
    {
        this.incident = incident;
        this.assessed = assessed;
    }

    /// <summary>Gets whether anything needs advice: some final flag is not green, or some status is not complete.</summary>
    public bool AnyConcern => assessed.Any(b => b.Flag != Flag.Green || b.Status != AssessmentStatus.Complete);

    private bool AnyMinor => incident.People.Any(p => p.AgeYears < Adulthood);

    private bool AllAdults => incident.People.All(p => p.AgeYears >= Adulthood);

    private bool Serious => assessed.Any(b => b.Flag >= Flag.Red);

    public bool Applies(RoutingSituation situation) => situation switch
    {
        RoutingSituation.AnyConcern => AnyConcern,
        RoutingSituation.School => incident.Setting == Setting.School,
        RoutingSituation.SextingWithMinor => incident.InvolvesSexting && AnyMinor,
        RoutingSituation.SextingAdultsOnly => incident.InvolvesSexting && AllAdults,
        RoutingSituation.Workplace => incident.Setting == Setting.Workplace,
        RoutingSituation.SportOrYouthWork => incident.Setting is Setting.Sport or Setting.YouthWork,
        RoutingSituation.Disability => incident.Setting == Setting.DisabilityCare || incident.People.Any(p => p.HasDisability),
        RoutingSituation.Historical => incident.OccurredYearsAgo >= 10,
        RoutingSituation.AdultSeriousTowardsMinor => AdultSeriousTowardsMinor(),
        RoutingSituation.FamilyAdultsSerious => incident.Setting == Setting.Family && AllAdults && Serious,
        RoutingSituation.Serious => Serious,
        RoutingSituation.VerySerious => assessed.Any(b => b.Flag == Flag.Black),
        _ => false,
    };

    private bool AdultSeriousTowardsMinor()
    {
        var ages = incident.People.ToDictionary(p => p.Id, p => p.AgeYears, StringComparer.Ordinal);
        for (var i = 0; i < assessed.Count; i++)
        {
            var behaviour = incident.Behaviours[i];
            if (assessed[i].Flag >= Flag.Red
                && ages.GetValueOrDefault(behaviour.ActorId) >= Adulthood
                && behaviour.AffectedIds.Any(id => ages.TryGetValue(id, out var age) && age < Adulthood))
            {
                return true;
            }
        }

        return false;
    }
}
