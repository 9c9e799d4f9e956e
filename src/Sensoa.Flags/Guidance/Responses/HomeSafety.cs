namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// Who the actor may be at home, and what follows for safety (contract version 3, <see cref="Relation"/>). When a parent,
/// a relative or a partner may be the actor of a red or black behaviour, no step tells anyone at home first: the
/// professional consults an advice service before. An absent relation in the family setting is read the safer way, as
/// family. Shared by the responses and the routing, so that the service a step names is always among the referrals.
/// </summary>
internal static class HomeSafety
{
    /// <summary>Gets whether the responses start with consulting a service before anyone at home is told.</summary>
    public static bool ConsultFirst(Setting setting, Behaviour behaviour, Flag? final) =>
        final >= Flag.Red && MayBeAtHome(setting, behaviour.Relation);

    /// <summary>Gets whether the actor may be a parent, a relative or a partner of those affected.</summary>
    public static bool MayBeAtHome(Setting setting, Relation? relation) =>
        relation is Relation.Family or Relation.Partner || (relation is null && setting == Setting.Family);

    /// <summary>
    /// Gets whether a behaviour (red or black) is suspected child abuse as routing reads it: it affects someone still under
    /// 18, and the actor is an adult, a relative or a professional, or it happened in the family setting.
    /// </summary>
    public static bool SuspectedChildAbuse(Setting setting, Behaviour behaviour, IReadOnlyDictionary<string, Person> people, double occurredYearsAgo) =>
        AffectsMinorNow(behaviour, people, occurredYearsAgo)
        && (people.GetValueOrDefault(behaviour.ActorId) is { IsMinor: false } || behaviour.Relation is Relation.Family or Relation.Professional || setting == Setting.Family);

    /// <summary>Gets whether a person is still under 18 today: their age at the time plus how long ago it was.</summary>
    public static bool IsMinorNow(Person person, double occurredYearsAgo) => person.AgeYears + occurredYearsAgo < Person.AgeOfMajority;

    /// <summary>Gets whether a behaviour affects someone who was under 18 then and still is.</summary>
    public static bool AffectsMinorNow(Behaviour behaviour, IReadOnlyDictionary<string, Person> people, double occurredYearsAgo)
    {
        var affected = behaviour.AffectedIds;
        for (var i = 0; i < affected.Count; i++)
        {
            if (people.GetValueOrDefault(affected[i]) is { } person && IsMinorNow(person, occurredYearsAgo))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets whether a behaviour affects someone who was under 18 at the time.</summary>
    public static bool AffectsMinor(Behaviour behaviour, IReadOnlyDictionary<string, Person> people)
    {
        var affected = behaviour.AffectedIds;
        for (var i = 0; i < affected.Count; i++)
        {
            if (people.GetValueOrDefault(affected[i])?.IsMinor == true)
            {
                return true;
            }
        }

        return false;
    }
}
