using CsCheck;

namespace Sensoa.Flags.Tests.Properties;

/// <summary>
/// The safety invariants of version 3 over random valid incidents: when a parent, relative or partner may be the actor of
/// a red or black behaviour, nothing for the parents or for that person comes before consulting a service; and the person
/// affected is never given a limit, an agreement, a consequence or a record.
/// </summary>
public sealed class SafetyInvariantTests
{
    private static readonly ResponseStepKind[] NeverForTheAffected =
        [ResponseStepKind.SetLimit, ResponseStepKind.Agree, ResponseStepKind.Consequences, ResponseStepKind.Record];

    [Fact]
    public void FamilyOrPartnerRedOrBlack_NoStepForTheParentsOrTheActorBeforeConsultFirst()
    {
        Generators.Incident.Sample(incident =>
        {
            var assessment = Assess.Incident(incident);
            return incident.Behaviours.Zip(assessment.Behaviours).All(pair =>
            {
                var (behaviour, assessed) = pair;
                var mayBeAtHome = behaviour.Relation is Relation.Family or Relation.Partner
                    || (behaviour.Relation is null && incident.Setting == Setting.Family);
                if (!mayBeAtHome || assessed.Flag is not (Flag.Red or Flag.Black))
                {
                    return assessed.Responses.All(r => r.StepDetails.All(d => d.Kind != ResponseStepKind.ConsultFirst));
                }

                return assessed.Responses
                    .Where(r => r.Role is ResponseRole.Parents or ResponseRole.Actor)
                    .All(r => r.StepDetails[0].Kind == ResponseStepKind.ConsultFirst);
            });
        }, iter: 1000);
    }

    [Fact]
    public void AnyIncident_TheAffectedNeverGetALimitAgreementConsequenceOrRecord()
    {
        Generators.Incident.Sample(incident => Assess.Incident(incident).Behaviours.All(b =>
            b.Responses.Where(r => r.Role == ResponseRole.Affected)
                .All(r => r.StepDetails.All(d => !NeverForTheAffected.Contains(d.Kind)))), iter: 1000);
    }

    [Fact]
    public void AnyIncident_ConsultFirstNamesAServiceThatIsAmongTheReferrals()
    {
        Generators.Incident.Sample(incident =>
        {
            var assessment = Assess.Incident(incident);
            var ids = assessment.Referrals.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
            var steps = assessment.Behaviours.SelectMany(b => b.Responses).SelectMany(r => r.Steps.Zip(r.StepDetails))
                .Where(s => s.Second.Kind == ResponseStepKind.ConsultFirst).Select(s => s.First).ToList();
            return steps.All(text => incident.Jurisdiction == Jurisdiction.Netherlands
                ? ids.Contains("veilig-thuis")
                : text.Contains("Vertrouwenscentrum Kindermishandeling", StringComparison.Ordinal) ? ids.Contains("vertrouwenscentrum-kindermishandeling")
                : ids.Contains("veilig-huis"));
        }, iter: 1000);
    }
}
