using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// How to react to one assessed behaviour, per role: the actor, those affected (when there are any), bystanders, and
/// parents or guardians (when someone involved is under 18, has a disability or functions at a low level). Every step
/// comes with its kind and its source (<see cref="Response.StepDetails"/>).
/// </summary>
/// <remarks>
/// The responses depend only on the culture and a few discrete facts (the final flag, the jurisdiction, sexting, whether
/// someone is affected, whether parents are involved, whether a parent, relative or partner may be the actor
/// (<see cref="HomeSafety"/>), whether a Dutch school's staff member may have offended against a pupil, and which criteria
/// are unknown while the information is insufficient). Each combination is built once per culture and shared, read-only, by every assessment: the hot path
/// looks it up and allocates nothing. Age, disability and functioning level change whom to talk to (the parents), never
/// the steps themselves: rule set 2 has no exceptions for them.
/// </remarks>
internal static class ResponseGuide
{
    private const int NoFlag = 4;
    private const int Criteria = 64;
    private const int ConsultNone = 0;
    private const int ConsultChildAbuse = 1;
    private const int ConsultFamilyViolence = 2;

    private static readonly CultureCache<IReadOnlyList<Response>> Cache = new(5 * 128 * Criteria, Build);

    /// <summary>Gets the responses to one behaviour of a validated incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="behaviour">The behaviour.</param>
    /// <param name="actor">The person who showed it.</param>
    /// <param name="people">The people of the incident by id.</param>
    /// <param name="final">The final flag; null when every criterion is unknown.</param>
    /// <param name="status">Whether the information sufficed.</param>
    /// <param name="unknownMask">The criteria rated unknown, as bits (<c>1 &lt;&lt; (int)criterion</c>).</param>
    /// <param name="culture">The language.</param>
    public static IReadOnlyList<Response> For(Incident incident, Behaviour behaviour, Person actor, IReadOnlyDictionary<string, Person> people, Flag? final, AssessmentStatus status, int unknownMask, CultureInfo culture)
    {
        var affected = false;
        var withParents = NeedsParents(actor);
        var affectedIds = behaviour.AffectedIds;
        for (var i = 0; i < affectedIds.Count; i++)
        {
            if (people.GetValueOrDefault(affectedIds[i]) is { } person)
            {
                affected = true;
                withParents |= NeedsParents(person);
            }
        }

        var sexting = incident.InvolvesSexting && final >= Flag.Yellow;
        var insufficient = status == AssessmentStatus.InsufficientInformation ? unknownMask : 0;
        var netherlands = incident.Jurisdiction == Jurisdiction.Netherlands;
        var consult = !HomeSafety.ConsultFirst(incident.Setting, behaviour, final) ? ConsultNone
            : HomeSafety.SuspectedChildAbuse(incident.Setting, behaviour, people, incident.OccurredYearsAgo) ? ConsultChildAbuse : ConsultFamilyViolence;
        var staffOffence = netherlands && final >= Flag.Red && incident.Setting == Setting.School
            && behaviour.Relation == Relation.Professional && HomeSafety.AffectsMinor(behaviour, people);
        var facts = ((final is { } flag ? (int)flag : NoFlag) << 7) | Bit(staffOffence, 64) | (consult << 4) | Bit(netherlands, 8) | Bit(sexting, 4) | Bit(affected, 2) | Bit(withParents, 1);
        return Cache.Get(culture, (facts * Criteria) + insufficient);
    }

    private static IReadOnlyList<Response> Build(CultureInfo culture, int variant)
    {
        var insufficient = variant % Criteria;
        var rest = variant / Criteria;
        var withParents = (rest & 1) != 0;
        var affected = (rest & 2) != 0;
        var sexting = (rest & 4) != 0;
        var jurisdiction = (rest & 8) != 0 ? Jurisdiction.Netherlands : Jurisdiction.Flanders;
        var consult = (rest >> 4) & 3;
        var staffOffence = (rest & 64) != 0;
        Flag? final = (rest >> 7) == NoFlag ? null : (Flag)(rest >> 7);
        var facts = new Facts(final, jurisdiction, sexting, consult, staffOffence);

        var responses = new List<Response>(4) { Respond(ResponseRole.Actor, facts, insufficient, culture) };
        if (affected)
        {
            responses.Add(Respond(ResponseRole.Affected, facts, 0, culture));
        }

        responses.Add(Respond(ResponseRole.Bystanders, facts, 0, culture));
        if (withParents)
        {
            responses.Add(Respond(ResponseRole.Parents, facts with { Sexting = false }, 0, culture));
        }

        return responses.AsReadOnly();
    }

    private static Response Respond(ResponseRole role, Facts facts, int insufficient, CultureInfo culture)
    {
        var jurisdiction = facts.Jurisdiction;
        var steps = new List<PlaybookStep>();
        if (facts.Final is not { } flag)
        {
            steps.Add(ResponsePlaybook.In(jurisdiction, ResponsePlaybook.Extras.NoFlag(role)));
            return Materialise(role, steps, insufficient, culture);
        }

        // A parent, relative or partner may be the actor: before anything else, and before anyone at home hears of it,
        // the professional consults a service. For the actor (who may be that parent or partner) and for the parents.
        var consultFirst = facts.Consult != ConsultNone && role is ResponseRole.Actor or ResponseRole.Parents;
        if (consultFirst)
        {
            steps.Add(ResponsePlaybook.In(jurisdiction, facts.Consult == ConsultChildAbuse ? ResponsePlaybook.Extras.ConsultChildAbuse : ResponsePlaybook.Extras.ConsultFamilyViolence));
        }

        if (insufficient != 0)
        {
            steps.Add(ResponsePlaybook.Extras.Insufficient);
        }

        if (facts.StaffOffence && role == ResponseRole.Actor)
        {
            steps.Add(ResponsePlaybook.Extras.StaffOffence);
        }

        if (consultFirst && role == ResponseRole.Parents)
        {
            // The usual steps tell the parents what happened and agree with home: here that waits for the service's advice.
            steps.Add(ResponsePlaybook.In(jurisdiction, ResponsePlaybook.Extras.ParentsAfterConsult));
            return Materialise(role, steps, insufficient, culture);
        }

        steps.AddRange(ResponsePlaybook.Steps(flag, role, jurisdiction));
        if (facts.Sexting)
        {
            switch (role)
            {
                case ResponseRole.Actor:
                    steps.Add(ResponsePlaybook.Extras.SextingActor);
                    break;
                case ResponseRole.Affected:
                    steps.Add(ResponsePlaybook.Extras.SextingAffected);
                    break;
                case ResponseRole.Bystanders:
                    steps.Add(ResponsePlaybook.Extras.SextingBystanders);
                    break;
            }
        }

        return Materialise(role, steps, insufficient, culture);
    }

    /// <summary>The discrete facts a set of responses depends on.</summary>
    private sealed record Facts(Flag? Final, Jurisdiction Jurisdiction, bool Sexting, int Consult, bool StaffOffence);

    private static Response Materialise(ResponseRole role, List<PlaybookStep> steps, int insufficient, CultureInfo culture)
    {
        var texts = new string[steps.Count];
        var details = new ResponseStep[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            texts[i] = steps[i].Key == ResponsePlaybook.Extras.Insufficient.Key
                ? Texts.Format(steps[i].Key, culture, Texts.JoinCriteria(insufficient, culture))
                : Texts.Get(steps[i].Key, culture);
            details[i] = steps[i].Detail(culture);
        }

        return new Response(role, Array.AsReadOnly(texts)) { StepDetails = Array.AsReadOnly(details) };
    }

    private static bool NeedsParents(Person person) => person.IsMinor || person.HasDisability || person.LowFunctioning;

    private static int Bit(bool value, int bit) => value ? bit : 0;
}
