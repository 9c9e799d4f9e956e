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
/// someone is affected, whether parents are involved, and which criteria are unknown while the information is
/// insufficient). Each combination is built once per culture and shared, read-only, by every assessment: the hot path
/// looks it up and allocates nothing. Age, disability and functioning level change whom to talk to (the parents), never
/// the steps themselves: rule set 2 has no exceptions for them.
/// </remarks>
internal static class ResponseGuide
{
    private const int NoFlag = 4;
    private const int Criteria = 64;

    private static readonly CultureCache<IReadOnlyList<Response>> Cache = new(5 * 16 * Criteria, Build);

    /// <summary>Gets the responses to one behaviour of a validated incident.</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="behaviour">The behaviour.</param>
    /// <param name="actor">The person who showed it.</param>
    /// <param name="people">The people of the incident by id.</param>
    /// <param name="final">The final flag; null when every criterion is unknown.</param>
    /// <param name="status">Whether the information sufficed.</param>
    /// <param name="unknownMask">The criteria rated unknown, as bits (<c>1 &lt;&lt; (int)criterion</c>).</param>
    /// <param name="culture">The language.</param>
    public static IReadOnlyList<Response> For(Incident incident, Behaviour behaviour, Person actor, in PeopleIndex people, Flag? final, AssessmentStatus status, int unknownMask, CultureInfo culture)
    {
        var affected = false;
        var withParents = NeedsParents(actor);
        var affectedIds = behaviour.AffectedIds;
        for (var i = 0; i < affectedIds.Count; i++)
        {
            if (people.Find(affectedIds[i]) is { } person)
            {
                affected = true;
                withParents |= NeedsParents(person);
            }
        }

        var sexting = incident.InvolvesSexting && final >= Flag.Yellow;
        var insufficient = status == AssessmentStatus.InsufficientInformation ? unknownMask : 0;
        var netherlands = incident.Jurisdiction == Jurisdiction.Netherlands;
        var facts = ((final is { } flag ? (int)flag : NoFlag) << 4) | Bit(netherlands, 8) | Bit(sexting, 4) | Bit(affected, 2) | Bit(withParents, 1);
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
        Flag? final = (rest >> 4) == NoFlag ? null : (Flag)(rest >> 4);

        var responses = new List<Response>(4) { Respond(ResponseRole.Actor, final, jurisdiction, sexting, insufficient, culture) };
        if (affected)
        {
            responses.Add(Respond(ResponseRole.Affected, final, jurisdiction, sexting, 0, culture));
        }

        responses.Add(Respond(ResponseRole.Bystanders, final, jurisdiction, sexting, 0, culture));
        if (withParents)
        {
            responses.Add(Respond(ResponseRole.Parents, final, jurisdiction, sexting: false, 0, culture));
        }

        return responses.AsReadOnly();
    }

    private static Response Respond(ResponseRole role, Flag? final, Jurisdiction jurisdiction, bool sexting, int insufficient, CultureInfo culture)
    {
        var steps = new List<PlaybookStep>();
        if (final is not { } flag)
        {
            steps.Add(ResponsePlaybook.In(jurisdiction, ResponsePlaybook.Extras.NoFlag(role)));
            return Materialise(role, steps, insufficient, culture);
        }

        if (insufficient != 0)
        {
            steps.Add(ResponsePlaybook.Extras.Insufficient);
        }

        steps.AddRange(ResponsePlaybook.Steps(flag, role, jurisdiction));
        if (sexting)
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

    private static Response Materialise(ResponseRole role, List<PlaybookStep> steps, int insufficient, CultureInfo culture)
    {
        var texts = new string[steps.Count];
        var details = new ResponseStep[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            texts[i] = steps[i].Key == ResponsePlaybook.Extras.Insufficient.Key
                ? GuidanceTexts.Format(steps[i].Key, culture, Texts.JoinCriteria(insufficient, culture))
                : GuidanceTexts.Get(steps[i].Key, culture);
            details[i] = steps[i].Detail(culture);
        }

        return new Response(role, Array.AsReadOnly(texts)) { StepDetails = Array.AsReadOnly(details) };
    }

    private static bool NeedsParents(Person person) => person.IsMinor || person.HasDisability || person.LowFunctioning;

    private static int Bit(bool value, int bit) => value ? bit : 0;
}
