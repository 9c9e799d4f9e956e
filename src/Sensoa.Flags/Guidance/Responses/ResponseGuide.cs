using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// How to react to one assessed behaviour, per role: the actor, those affected (when there are any), bystanders, and
/// parents or guardians (when someone involved is under 18, has a disability or functions at a low level).
/// </summary>
/// <remarks>
/// The responses depend only on the culture and a few discrete facts (the final flag, whether the actor is exempt from
/// repetition, sexting, whether someone is affected, whether parents are involved, and which criteria are unknown while
/// the information is insufficient). Each combination is built once per culture and shared, read-only, by every
/// assessment: the hot path looks it up and allocates nothing.
/// </remarks>
internal static class ResponseGuide
{
    private const int NoFlag = 4;
    private const int Criteria = 64;

    private static readonly CultureCache<IReadOnlyList<Response>> Cache = new(5 * 32 * Criteria, Build);

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

        var exempt = actor.AgeYears < 6 || actor.HasDisability || actor.LowFunctioning;
        var sexting = incident.InvolvesSexting && final >= Flag.Yellow;
        var insufficient = status == AssessmentStatus.InsufficientInformation ? unknownMask : 0;
        var netherlands = incident.Jurisdiction == Jurisdiction.Netherlands;
        var facts = ((final is { } flag ? (int)flag : NoFlag) << 5) | Bit(netherlands, 16) | Bit(exempt, 8) | Bit(sexting, 4) | Bit(affected, 2) | Bit(withParents, 1);
        return Cache.Get(culture, (facts * Criteria) + insufficient);
    }

    private static IReadOnlyList<Response> Build(CultureInfo culture, int variant)
    {
        var insufficient = variant % Criteria;
        var rest = variant / Criteria;
        var withParents = (rest & 1) != 0;
        var affected = (rest & 2) != 0;
        var sexting = (rest & 4) != 0;
        var exempt = (rest & 8) != 0;
        var netherlands = (rest & 16) != 0;
        Flag? final = (rest >> 5) == NoFlag ? null : (Flag)(rest >> 5);

        var responses = new List<Response>(4)
        {
            new(ResponseRole.Actor, ActorSteps(final, insufficient, exempt, sexting, netherlands, culture)),
        };
        if (affected)
        {
            responses.Add(new(ResponseRole.Affected, RoleSteps(final, ResponseRole.Affected, sexting, culture)));
        }

        responses.Add(new(ResponseRole.Bystanders, RoleSteps(final, ResponseRole.Bystanders, sexting, culture)));
        if (withParents)
        {
            responses.Add(new(ResponseRole.Parents, RoleSteps(final, ResponseRole.Parents, sexting: false, culture)));
        }

        return responses.AsReadOnly();
    }

    private static IReadOnlyList<string> ActorSteps(Flag? final, int insufficient, bool exempt, bool sexting, bool netherlands, CultureInfo culture)
    {
        if (final is not { } flag)
        {
            return Array.AsReadOnly([GuidanceTexts.Get("response.noFlag.actor", culture)]);
        }

        var steps = new List<string>();
        if (insufficient != 0)
        {
            steps.Add(GuidanceTexts.Format("response.insufficient", culture, Texts.JoinCriteria(insufficient, culture)));
        }

        // Reporting differs by jurisdiction: in Flanders no text may state a duty to report; in the Netherlands step 5 of the reporting code decides.
        steps.AddRange(ResponsePlaybook.Steps(flag, ResponseRole.Actor, exempt)
            .Select(key => netherlands && key == ResponsePlaybook.ReportingStep ? key + ".netherlands" : key)
            .Select(key => GuidanceTexts.Get(key, culture)));
        if (sexting)
        {
            steps.Add(GuidanceTexts.Get("response.sexting.actor", culture));
        }

        return steps.AsReadOnly();
    }

    private static IReadOnlyList<string> RoleSteps(Flag? final, ResponseRole role, bool sexting, CultureInfo culture)
    {
        if (final is not { } flag)
        {
            return Array.AsReadOnly([GuidanceTexts.Get("response.noFlag." + Json.EnumNames<ResponseRole>.Name(role), culture)]);
        }

        var keys = new List<string>(ResponsePlaybook.Steps(flag, role, exempt: false));
        if (role == ResponseRole.Affected && flag > Flag.Green)
        {
            keys.InsertRange(1, ResponsePlaybook.AffectedMessages);
        }

        if (sexting && role is ResponseRole.Affected or ResponseRole.Bystanders)
        {
            keys.Add("response.sexting." + Json.EnumNames<ResponseRole>.Name(role));
        }

        return keys.Select(key => GuidanceTexts.Get(key, culture)).ToList().AsReadOnly();
    }

    private static bool NeedsParents(Person person) => person.IsMinor || person.HasDisability || person.LowFunctioning;

    private static int Bit(bool value, int bit) => value ? bit : 0;
}
