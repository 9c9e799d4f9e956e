using System.Globalization;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// How to react to one assessed behaviour, per role: the actor, those affected (when there are any), bystanders, and
/// parents or guardians (when someone involved is under 18, has a disability or functions at a low level).
/// </summary>
internal static class ResponseGuide
{
    public static IReadOnlyList<Response> For(Incident incident, Behaviour behaviour, BehaviourAssessment assessed, CultureInfo culture)
    {
        var people = incident.People;
        var actor = people.First(p => p.Id == behaviour.ActorId);
        var affected = people.Where(p => behaviour.AffectedIds.Contains(p.Id)).ToList();
        var involved = affected.Append(actor);
        var withParents = involved.Any(p => p.AgeYears < 18 || p.HasDisability || p.LowFunctioning);
        var exempt = actor.AgeYears < 6 || actor.HasDisability || actor.LowFunctioning;
        var sexting = incident.InvolvesSexting && assessed.Flag >= Flag.Yellow;

        var responses = new List<Response>(4)
        {
            new(ResponseRole.Actor, ActorSteps(assessed, exempt, sexting, culture)),
        };
        if (affected.Count > 0)
        {
            responses.Add(new(ResponseRole.Affected, RoleSteps(assessed.Flag, ResponseRole.Affected, sexting, culture)));
        }

        responses.Add(new(ResponseRole.Bystanders, RoleSteps(assessed.Flag, ResponseRole.Bystanders, sexting, culture)));
        if (withParents)
        {
            responses.Add(new(ResponseRole.Parents, RoleSteps(assessed.Flag, ResponseRole.Parents, sexting: false, culture)));
        }

        return responses;
    }

    private static string[] ActorSteps(BehaviourAssessment assessed, bool exempt, bool sexting, CultureInfo culture)
    {
        if (assessed.Flag is not { } flag)
        {
            return [GuidanceTexts.Get("response.noFlag.actor", culture)];
        }

        var steps = new List<string>();
        if (assessed.Status == AssessmentStatus.InsufficientInformation && assessed.UnknownCriteria.Count > 0)
        {
            var unknown = Texts.Join(assessed.UnknownCriteria.Select(c => Texts.Criterion(c, culture)), culture);
            steps.Add(GuidanceTexts.Format("response.insufficient", culture, unknown));
        }

        steps.AddRange(ResponsePlaybook.Steps(flag, ResponseRole.Actor, exempt).Select(key => GuidanceTexts.Get(key, culture)));
        if (sexting)
        {
            steps.Add(GuidanceTexts.Get("response.sexting.actor", culture));
        }

        return [.. steps];
    }

    private static string[] RoleSteps(Flag? final, ResponseRole role, bool sexting, CultureInfo culture)
    {
        if (final is not { } flag)
        {
            return [GuidanceTexts.Get("response.noFlag." + Json.EnumNames<ResponseRole>.Name(role), culture)];
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

        return [.. keys.Select(key => GuidanceTexts.Get(key, culture))];
    }
}
