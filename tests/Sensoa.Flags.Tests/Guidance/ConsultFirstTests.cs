using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>
/// Version 3: when a parent, relative or partner may be the actor of a red or black behaviour, nobody at home is told
/// first; and where that does not apply, nothing changes.
/// </summary>
public sealed class ConsultFirstTests
{
    private static readonly Criteria Red = IncidentBuilder.Criteria(CriterionRating.Red);

    private static IReadOnlyList<Response> Responses(Setting setting, Relation? relation, Criteria criteria, double actorAge = 42, double affectedAge = 12, Jurisdiction jurisdiction = Jurisdiction.Flanders) =>
        Assess.Single(IncidentBuilder.Flanders().In(jurisdiction).At(setting).Person("p1", actorAge).Person("p2", affectedAge)
            .Behaviour(criteria, affected: ["p2"], relation: relation)).Responses;

    private static Response Role(IReadOnlyList<Response> responses, ResponseRole role) => responses.Single(r => r.Role == role);

    [Theory]
    [InlineData(Setting.School, Relation.Family)]
    [InlineData(Setting.Sport, Relation.Partner)]
    [InlineData(Setting.Family, null)]
    [InlineData(Setting.Family, Relation.Family)]
    public void RedOrBlack_ParentRelativeOrPartnerMayBeTheActor_ActorAndParentsStartWithConsultFirst(Setting setting, Relation? relation)
    {
        foreach (var criteria in new[] { Red, IncidentBuilder.Criteria(CriterionRating.Black) })
        {
            var responses = Responses(setting, relation, criteria);
            Role(responses, ResponseRole.Actor).StepDetails[0].Kind.Should().Be(ResponseStepKind.ConsultFirst);
            var parents = Role(responses, ResponseRole.Parents);
            parents.StepDetails[0].Kind.Should().Be(ResponseStepKind.ConsultFirst);
            parents.Steps.Should().NotContain(s => s.Contains("say what happened", StringComparison.Ordinal), "the parents are told only as the service advises");
            Role(responses, ResponseRole.Affected).StepDetails.Should().NotContain(d => d.Kind == ResponseStepKind.ConsultFirst);
        }
    }

    [Theory]
    [InlineData(Setting.School, Relation.Peer, CriterionRating.Red)]
    [InlineData(Setting.School, null, CriterionRating.Black)]
    [InlineData(Setting.Care, Relation.Professional, CriterionRating.Red)]
    [InlineData(Setting.Family, Relation.Family, CriterionRating.Yellow)]
    [InlineData(Setting.Family, null, CriterionRating.Yellow)]
    public void NotRedOrBlackOrNotAtHome_NoConsultFirst(Setting setting, Relation? relation, CriterionRating worst)
    {
        Responses(setting, relation, IncidentBuilder.Criteria(worst)).SelectMany(r => r.StepDetails)
            .Should().NotContain(d => d.Kind == ResponseStepKind.ConsultFirst);
    }

    [Fact]
    public void ChildAffected_NamesTheChildAbuseCentre_AdultPartner_NamesAVeiligHuis_Netherlands_VeiligThuis()
    {
        Role(Responses(Setting.Family, Relation.Family, Red), ResponseRole.Actor).Steps[0].Should().Contain("Vertrouwenscentrum Kindermishandeling");
        Role(Responses(Setting.Family, Relation.Partner, Red, 35, 33), ResponseRole.Actor).Steps[0].Should().Contain("Veilig Huis");
        Role(Responses(Setting.Family, Relation.Family, Red, jurisdiction: Jurisdiction.Netherlands), ResponseRole.Actor).Steps[0].Should().Contain("Veilig Thuis");
    }

    [Fact]
    public void ConsultFirst_IsTheLibrarysOwnWithItsReason()
    {
        var detail = Role(Responses(Setting.Family, Relation.Family, Red), ResponseRole.Actor).StepDetails[0];
        detail.Source.IsLibrary.Should().BeTrue();
        detail.Source.Part.Should().StartWith("not in the sources");
        detail.KindSource.Should().BeNull();
    }

    [Fact]
    public void ShippedParentCase_ConsultFirstAndTheChildAbuseCentreListed()
    {
        var assessment = Assess.Assessor.AssessJson(File.ReadAllBytes(Path.Combine(Samples.Directory, "black-parent-consult-first.json"))).Assessment!;
        var behaviour = assessment.Behaviours.Single();
        Role(behaviour.Responses, ResponseRole.Parents).StepDetails[0].Kind.Should().Be(ResponseStepKind.ConsultFirst);
        assessment.Referrals.Select(r => r.Id).Should().Contain(["vertrouwenscentrum-kindermishandeling", "politie"]);
        Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(Samples.Directory, "black-parent-consult-first.json"))).Should().Contain("\"relation\": \"family\"");
    }

    [Theory]
    [InlineData(Jurisdiction.Netherlands, Setting.School, Relation.Professional, true)]
    [InlineData(Jurisdiction.Flanders, Setting.School, Relation.Professional, false)]
    [InlineData(Jurisdiction.Netherlands, Setting.Sport, Relation.Professional, false)]
    [InlineData(Jurisdiction.Netherlands, Setting.School, Relation.Peer, false)]
    public void StaffOffence_OnlyADutchSchoolsStaffMemberTowardsAPupil(Jurisdiction jurisdiction, Setting setting, Relation relation, bool expected)
    {
        var actor = Role(Responses(setting, relation, Red, 40, 14, jurisdiction), ResponseRole.Actor);
        actor.Steps.Any(s => s.Contains("vertrouwensinspecteur", StringComparison.Ordinal)).Should().Be(expected);
        if (expected)
        {
            actor.Steps.Should().Contain(s => s.Contains("Added by Sensoa.Flags", StringComparison.Ordinal));
            actor.StepDetails.Single(d => d.Source.Part.Contains("Wet op het primair onderwijs", StringComparison.Ordinal)).Source.IsLibrary.Should().BeTrue();
        }
    }
}
