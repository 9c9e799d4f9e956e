using System.Collections.Concurrent;
using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// How to react to one assessed behaviour, per role: the actor, those affected (when there are any), bystanders, and
/// parents or guardians (when someone involved is under 18, has a disability or functions at a low level).
/// </summary>
internal static class ResponseGuide
{
    // A response depends only on the language, the flag, the role and two switches: built once and shared. Steps are
    // read-only collections, so a shared response cannot be changed by a caller.
    private static readonly ConcurrentDictionary<(string Culture, Flag? Flag, ResponseRole Role, bool Exempt, bool Sexting), Response> Cache = new();

    public static IReadOnlyList<Response> For(Incident incident, Behaviour behaviour, BehaviourAssessment assessed, CultureInfo culture)
    {
        Person? actor = null;
        var anyAffected = false;
        var withParents = false;
        foreach (var person in incident.People)
        {
            var isActor = person.Id == behaviour.ActorId;
            var isAffected = behaviour.AffectedIds.Contains(person.Id);
            actor = isActor ? person : actor;
            anyAffected |= isAffected;
            withParents |= (isActor || isAffected) && (person.AgeYears < 18 || person.HasDisability || person.LowFunctioning);
        }

        var exempt = actor is { } a && (a.AgeYears < 6 || a.HasDisability || a.LowFunctioning);
        var sexting = incident.InvolvesSexting && assessed.Flag >= Flag.Yellow;

        var responses = new List<Response>(4) { ActorResponse(assessed, exempt, sexting, culture) };
        if (anyAffected)
        {
            responses.Add(Cached(culture, assessed.Flag, ResponseRole.Affected, exempt: false, sexting));
        }

        responses.Add(Cached(culture, assessed.Flag, ResponseRole.Bystanders, exempt: false, sexting));
        if (withParents)
        {
            responses.Add(Cached(culture, assessed.Flag, ResponseRole.Parents, exempt: false, sexting: false));
        }

        return responses;
    }

    private static Response ActorResponse(BehaviourAssessment assessed, bool exempt, bool sexting, CultureInfo culture)
    {
        var response = Cached(culture, assessed.Flag, ResponseRole.Actor, exempt, sexting);
        if (assessed.Flag is null || assessed.Status != AssessmentStatus.InsufficientInformation || assessed.UnknownCriteria.Count == 0)
        {
            return response;
        }

        // Below black with criteria unknown: first gather what is missing, naming it.
        var unknown = Texts.Join(assessed.UnknownCriteria.Select(c => Texts.Criterion(c, culture)), culture);
        string[] steps = [GuidanceTexts.Format("response.insufficient", culture, unknown), .. response.Steps];
        return new Response(ResponseRole.Actor, Array.AsReadOnly(steps));
    }

    private static Response Cached(CultureInfo culture, Flag? flag, ResponseRole role, bool exempt, bool sexting) =>
        Cache.GetOrAdd((culture.Name, flag, role, exempt, sexting), static (key, culture) =>
            new Response(key.Role, Array.AsReadOnly(Keys(key.Flag, key.Role, key.Exempt, key.Sexting).Select(k => GuidanceTexts.Get(k, culture)).ToArray())), culture);

    private static List<string> Keys(Flag? final, ResponseRole role, bool exempt, bool sexting)
    {
        if (final is not { } flag)
        {
            return ["response.noFlag." + Json.EnumNames<ResponseRole>.Name(role)];
        }

        var keys = new List<string>(ResponsePlaybook.Steps(flag, role, exempt && role == ResponseRole.Actor));
        if (role == ResponseRole.Affected && flag > Flag.Green)
        {
            keys.InsertRange(1, ResponsePlaybook.AffectedMessages);
        }

        if (sexting && role is ResponseRole.Actor or ResponseRole.Affected or ResponseRole.Bystanders)
        {
            keys.Add("response.sexting." + Json.EnumNames<ResponseRole>.Name(role));
        }

        return keys;
    }
}
