using Sensoa.Flags.Guidance.Directory;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// Which routing situations (docs/contract.md, Routing) an assessed incident is in, as bits (<c>1 &lt;&lt; (int)situation</c>).
/// "Under 18" and "adult" look at every person of the incident, ages at the time; "red or black" looks at the final
/// flags. Worked out once per incident in one pass over the people and the assessments, without allocating, so that
/// routing tests a bit per organisation. <see cref="RoutingSituation.PolicyQuestions"/> never comes from an incident.
/// </summary>
internal static class IncidentSituations
{
    /// <summary>Gets the situations that apply, as bits.</summary>
    /// <param name="incident">The validated incident.</param>
    /// <param name="lists">Its people and behaviours.</param>
    /// <param name="assessed">Its behaviours as assessed, in the incident's order.</param>
    public static int Mask(Incident incident, IncidentLists lists, ReadOnlySpan<BehaviourAssessment> assessed)
    {
        var anyMinor = false;
        var allAdults = true;
        var anyDisability = false;
        foreach (var person in lists.People)
        {
            anyMinor |= person!.IsMinor;
            allAdults &= !person.IsMinor;
            anyDisability |= person.HasDisability;
        }

        var distributes = false;
        var anyConcern = false;
        var serious = false;
        var verySerious = false;
        foreach (var behaviour in assessed)
        {
            anyConcern |= behaviour.Flag != Flag.Green || behaviour.Status != AssessmentStatus.Complete;
            serious |= behaviour.Flag >= Flag.Red;
            verySerious |= behaviour.Flag == Flag.Black;
        }

        foreach (var behaviour in lists.Behaviours)
        {
            distributes |= behaviour!.DistributesImages;
        }

        var setting = incident.Setting;
        // Distributing someone's sexual images is sexting, whatever the incident-level field says.
        var sexting = incident.InvolvesSexting || distributes;
        return Bit(RoutingSituation.AnyConcern, anyConcern)
            | Bit(RoutingSituation.School, setting == Setting.School)
            | Bit(RoutingSituation.SextingWithMinor, sexting && anyMinor)
            | Bit(RoutingSituation.SextingAdultsOnly, sexting && allAdults)
            | Bit(RoutingSituation.Workplace, setting == Setting.Workplace)
            | Bit(RoutingSituation.SportOrYouthWork, setting is Setting.Sport or Setting.YouthWork)
            | Bit(RoutingSituation.Disability, setting == Setting.DisabilityCare || anyDisability)
            | Bit(RoutingSituation.Historical, incident.OccurredYearsAgo >= 10)
            | Bit(RoutingSituation.SeriousTowardsMinor, serious && anyMinor && SeriousTowardsMinor(lists, assessed))
            | Bit(RoutingSituation.FamilyAdultsSerious, setting == Setting.Family && allAdults && serious)
            | Bit(RoutingSituation.Serious, serious)
            | Bit(RoutingSituation.VerySerious, verySerious);
    }

    /// <summary>Gets whether a situation is among the bits of <see cref="Mask"/>.</summary>
    public static bool Applies(int mask, RoutingSituation situation) => (mask & (1 << (int)situation)) != 0;

    private static int Bit(RoutingSituation situation, bool applies) => applies ? 1 << (int)situation : 0;

    private static bool SeriousTowardsMinor(IncidentLists lists, ReadOnlySpan<BehaviourAssessment> assessed)
    {
        var people = lists.Index;
        var behaviours = lists.Behaviours;
        for (var i = 0; i < assessed.Length; i++)
        {
            var behaviour = behaviours[i]!;
            if (assessed[i].Flag >= Flag.Red && AffectsMinor(behaviour, people))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AffectsMinor(Behaviour behaviour, in PeopleIndex people)
    {
        var affected = behaviour.AffectedIds;
        for (var i = 0; i < affected.Count; i++)
        {
            if (people.Find(affected[i])?.IsMinor == true)
            {
                return true;
            }
        }

        return false;
    }
}
