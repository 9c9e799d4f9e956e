using Sensoa.Flags;

namespace Sensoa.Flags.Tests;

/// <summary>Shortcuts for assessing in tests.</summary>
internal static class Assess
{
    public static readonly IFlagAssessor Assessor = FlagAssessor.Create();

    public static Assessment Incident(Incident incident, AssessmentOptions? options = null)
    {
        var result = Assessor.Assess(incident, options);
        result.Errors.Should().BeEmpty();
        return result.Assessment!;
    }

    /// <summary>Assesses a one-behaviour incident and returns that behaviour's assessment.</summary>
    public static BehaviourAssessment Single(IncidentBuilder builder) => Incident(builder.Build()).Behaviours.Single();

    public static BehaviourAssessment Single(Criteria criteria, bool repeated = false, bool priorSerious = false, bool aware = false, bool distributes = false, double actorAge = 14, bool disability = false, bool lowFunctioning = false, Intimacy? intimacy = null, OverrideRequest? overrideRequest = null) =>
        Single(IncidentBuilder.Flanders()
            .Person("p1", actorAge, disability, lowFunctioning)
            .Person("p2", 14)
            .Behaviour(criteria, affected: ["p2"], repeated: repeated, priorSerious: priorSerious, aware: aware, distributes: distributes, intimacy: intimacy, overrideRequest: overrideRequest));

    public static IEnumerable<string> RuleIds(this BehaviourAssessment assessment) => assessment.FiredRules.Select(r => r.Id);
}
