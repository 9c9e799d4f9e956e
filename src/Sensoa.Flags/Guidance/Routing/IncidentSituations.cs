using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Responses;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// Which routing situations (docs/contract.md, Routing) an assessed incident is in, as bits (<c>1 &lt;&lt; (int)situation</c>).
/// "Under 18" and "adult" are ages at the time, of every person of the incident unless a situation looks at one
/// behaviour's actor and those affected; suspected child abuse also needs the child to be under 18 still (age plus years
/// ago); "red or black" looks at the final flags. Worked out once per incident in one pass over the people and the assessments, so that
/// routing tests a bit per organisation. <see cref="RoutingSituation.PolicyQuestions"/> never comes from an incident.
/// </summary>
internal static class IncidentSituations
{
    /// <summary>Gets the situations that apply, as bits.</summary>
    /// <param name="incident">The validated incident.</param>
    /// <param name="people">Its people by id.</param>
    /// <param name="assessed">Its behaviours as assessed, in the incident's order.</param>
    public static int Mask(Incident incident, IReadOnlyDictionary<string, Person> people, ReadOnlySpan<BehaviourAssessment> assessed)
    {
        var anyMinor = false;
        var allAdults = true;
        var anyDisability = false;
        foreach (var person in incident.People)
        {
            anyMinor |= person.IsMinor;
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

        var behaviours = incident.Behaviours;
        var setting = incident.Setting;
        var yearsAgo = incident.OccurredYearsAgo;
        var childAbuse = false;
        var familyViolence = false;
        var colleagues = false;
        var onlyColleagues = behaviours.Count > 0;
        for (var i = 0; i < behaviours.Count; i++)
        {
            var behaviour = behaviours[i];
            distributes |= behaviour.DistributesImages;
            var between = BetweenAdults(behaviour, people);
            var betweenColleagues = behaviour.Relation == Relation.Colleague && between;
            colleagues |= betweenColleagues;
            onlyColleagues &= betweenColleagues;
            if (i < assessed.Length && assessed[i].Flag >= Flag.Red)
            {
                // The same reading as the responses' consultFirst step, so that the service it names is always listed.
                var suspected = HomeSafety.SuspectedChildAbuse(setting, behaviour, people, yearsAgo);
                childAbuse |= suspected;
                familyViolence |= behaviour.Relation == Relation.Partner
                    || (setting == Setting.Family && between)
                    || (HomeSafety.MayBeAtHome(setting, behaviour.Relation) && !suspected);
            }
        }

        // Distributing someone's sexual images is sexting, whatever the incident-level field says.
        var sexting = incident.InvolvesSexting || distributes;
        return Bit(RoutingSituation.AnyConcern, anyConcern)
            | Bit(RoutingSituation.School, setting == Setting.School && !onlyColleagues)
            | Bit(RoutingSituation.SextingWithMinor, sexting && anyMinor)
            | Bit(RoutingSituation.SextingAdultsOnly, sexting && allAdults)
            | Bit(RoutingSituation.Workplace, setting == Setting.Workplace)
            | Bit(RoutingSituation.SportOrYouthWork, setting is Setting.Sport or Setting.YouthWork)
            | Bit(RoutingSituation.Disability, setting == Setting.DisabilityCare || anyDisability)
            | Bit(RoutingSituation.Historical, incident.OccurredYearsAgo >= 10)
            | Bit(RoutingSituation.SuspectedChildAbuse, childAbuse)
            | Bit(RoutingSituation.FamilyViolence, familyViolence)
            | Bit(RoutingSituation.Serious, serious)
            | Bit(RoutingSituation.VerySerious, verySerious)
            | Bit(RoutingSituation.Colleagues, colleagues)
            | Bit(RoutingSituation.AcuteDanger, verySerious);
    }

    /// <summary>Gets whether a situation is among the bits of <see cref="Mask"/>.</summary>
    public static bool Applies(int mask, RoutingSituation situation) => (mask & (1 << (int)situation)) != 0;

    private static int Bit(RoutingSituation situation, bool applies) => applies ? 1 << (int)situation : 0;

    /// <summary>Gets whether the actor and at least one person affected are adults (ages at the time).</summary>
    private static bool BetweenAdults(Behaviour behaviour, IReadOnlyDictionary<string, Person> people)
    {
        if (people.GetValueOrDefault(behaviour.ActorId) is not { IsMinor: false })
        {
            return false;
        }

        var affected = behaviour.AffectedIds;
        for (var i = 0; i < affected.Count; i++)
        {
            if (people.GetValueOrDefault(affected[i]) is { IsMinor: false })
            {
                return true;
            }
        }

        return false;
    }
}
