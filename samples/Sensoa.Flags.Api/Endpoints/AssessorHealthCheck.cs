using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Sensoa.Flags.Api.Endpoints;

/// <summary>Healthy when the assessor gives a known incident its known flag: the rules are loaded and run.</summary>
internal sealed class AssessorHealthCheck(IFlagAssessor assessor) : IHealthCheck
{
    private static readonly Incident Probe = new()
    {
        Jurisdiction = Jurisdiction.Flanders,
        Setting = Setting.School,
        People = [new Person { Id = "p1", AgeYears = 14 }],
        Behaviours = [new Behaviour { Id = "b1", ActorId = "p1", Criteria = Criteria.AllAt(CriterionRating.Green) with { Consent = CriterionRating.Yellow } }],
    };

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var result = assessor.Assess(Probe);
        return Task.FromResult(result.IsValid && result.Assessment.Behaviours[0].Flag == Flag.Yellow
            ? HealthCheckResult.Healthy($"rule set {assessor.RuleSetVersion}")
            : HealthCheckResult.Unhealthy("the probe incident did not give its known flag"));
    }
}
