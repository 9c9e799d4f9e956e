using Sensoa.Flags.Guidance.Responses;
using Sensoa.Flags.Guidance.Routing;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules.Engine;
using Sensoa.Flags.Rules.FlagRules;
using Sensoa.Flags.Validation;

namespace Sensoa.Flags.Rules;

/// <summary>The assessor: validation, then one rule session per incident over the shared, immutable rule set.</summary>
internal sealed class SensoaFlagAssessor : IFlagAssessor
{
    private readonly RuleSet<BehaviourFact> ruleSet;

    public SensoaFlagAssessor(RuleSet<BehaviourFact> ruleSet)
    {
        this.ruleSet = ruleSet;
    }

    public string RuleSetVersion => ruleSet.Version;

    public AssessmentResult Assess(Incident incident, AssessmentOptions? options = null)
    {
        var errors = new ErrorCollector();
        IncidentValidator.Validate(incident, errors);
        return errors.HasErrors
            ? AssessmentResult.Invalid(errors.ToList())
            : AssessmentResult.Success(AssessValid(incident, options ?? AssessmentOptions.Default));
    }

    public AssessmentResult AssessJson(ReadOnlySpan<byte> utf8Json, AssessmentOptions? options = null)
    {
        var parsed = SensoaJson.ParseIncident(utf8Json);
        return parsed.IsValid
            ? AssessmentResult.Success(AssessValid(parsed.Incident, options ?? AssessmentOptions.Default))
            : AssessmentResult.Invalid(parsed.Errors);
    }

    private Assessment AssessValid(Incident incident, AssessmentOptions options)
    {
        var culture = options.Culture;
        var people = new Dictionary<string, Person>(incident.People.Count, StringComparer.Ordinal);
        foreach (var person in incident.People)
        {
            people[person.Id] = person;
        }

        var session = ruleSet.CreateSession();
        foreach (var behaviour in incident.Behaviours)
        {
            session.Insert(new BehaviourFact(incident, behaviour, people[behaviour.ActorId], culture));
        }

        session.Fire();

        var results = new BehaviourAssessment[incident.Behaviours.Count];
        for (var i = 0; i < results.Length; i++)
        {
            var assessed = ToAssessment(session.Facts[i], options);
            results[i] = assessed with { Responses = ResponseGuide.For(incident, incident.Behaviours[i], assessed, options.Culture) };
        }

        return new Assessment
        {
            RuleSetVersion = ruleSet.Version,
            Behaviours = results,
            Referrals = ReferralRouter.Route(incident, results, options),
        };
    }

    private static BehaviourAssessment ToAssessment(BehaviourFact fact, AssessmentOptions options)
    {
        var outcome = fact.Behaviour.Override is { } request
            ? OverridePolicy.Evaluate(request, fact.Flag, options.Culture)
            : null;
        Flag? final = outcome is { Accepted: true } ? outcome.Flag : fact.Flag;
        return new BehaviourAssessment
        {
            BehaviourId = fact.Behaviour.Id,
            ActorId = fact.Behaviour.ActorId,
            CriteriaFlag = fact.CriteriaFlag,
            ComputedFlag = fact.Flag,
            Flag = final,
            Status = fact.Status,
            UnknownCriteria = fact.UnknownCriteria,
            FiredRules = fact.FiredRules,
            Override = outcome,
            Considerations = fact.Considerations,
            Registration = final.ToRegistration(),
            Responses = [],
        };
    }
}
