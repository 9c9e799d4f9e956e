using System.Globalization;
using Sensoa.Flags.Guidance.Responses;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class ResponseGuideTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");

    private static IReadOnlyList<Response> Responses(IncidentBuilder builder) => Assess.Incident(builder.Build()).Behaviours[0].Responses;

    private static string Text(string key) => GuidanceTexts.Get(key, English);

    private static IncidentBuilder Teens(CriterionRating worst, bool sexting = false) =>
        IncidentBuilder.Flanders().Sexting(sexting).Person("p1", 14).Person("p2", 14).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]);

    [Theory]
    [InlineData(CriterionRating.Green)]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void For_MinorsWithSomeoneAffected_FourRolesInContractOrder(CriterionRating worst)
    {
        Responses(Teens(worst)).Select(r => r.Role).Should().Equal(ResponseRole.Actor, ResponseRole.Affected, ResponseRole.Bystanders, ResponseRole.Parents);
        Responses(Teens(worst)).Should().OnlyContain(r => r.Steps.Count > 0);
    }

    [Fact]
    public void For_NobodyAffected_NoAffectedRole()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 14).Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow)))
            .Select(r => r.Role).Should().NotContain(ResponseRole.Affected);
    }

    [Fact]
    public void For_AdultsOnly_NoParentsRole()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 30).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red), affected: ["p2"]))
            .Select(r => r.Role).Should().Equal(ResponseRole.Actor, ResponseRole.Affected, ResponseRole.Bystanders);
    }

    [Fact]
    public void For_AdultWithDisabilityAffected_ParentsOrGuardians()
    {
        Responses(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 30, disability: true).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red), affected: ["p2"]))
            .Select(r => r.Role).Should().Contain(ResponseRole.Parents);
    }

    [Theory]
    [InlineData(CriterionRating.Yellow)]
    [InlineData(CriterionRating.Red)]
    [InlineData(CriterionRating.Black)]
    public void For_BoundaryCrossing_AffectedAlwaysHearsTheThreeMessages(CriterionRating worst)
    {
        var affected = Responses(Teens(worst)).Single(r => r.Role == ResponseRole.Affected).Steps;
        affected.Should().Contain(ResponsePlaybook.AffectedMessages.Select(Text));
    }

    [Fact]
    public void For_Green_AffectedNotToldItIsNotTheirFault()
    {
        Responses(Teens(CriterionRating.Green)).Single(r => r.Role == ResponseRole.Affected).Steps
            .Should().NotContain(ResponsePlaybook.AffectedMessages.Select(Text));
    }

    [Fact]
    public void For_Green_DoNotStopIt()
    {
        Responses(Teens(CriterionRating.Green))[0].Steps[0].Should().Be(Text("response.green.actor.1"));
    }

    [Fact]
    public void For_Red_RegisterInternally()
    {
        Responses(Teens(CriterionRating.Red))[0].Steps.Should().Contain(Text("response.red.actor.9"));
    }

    [Fact]
    public void For_Black_SafetyFirstAndRegisterInternallyAndExternally()
    {
        var steps = Responses(Teens(CriterionRating.Black))[0].Steps;
        steps[0].Should().Be(Text("response.black.actor.1"));
        steps.Should().Contain(Text("response.black.actor.6"));
    }

    [Fact]
    public void For_FinalFlagFromOverride_StepsFollowTheFinalFlag()
    {
        var raise = new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.Intimacy, Reason = "touching" };
        Responses(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow), affected: ["p2"], overrideRequest: raise))[0]
            .Steps.Should().Contain(Text("response.red.actor.9"));
    }

    [Theory]
    [InlineData(CriterionRating.Yellow, "response.yellow.actor.8")]
    [InlineData(CriterionRating.Red, "response.red.actor.10")]
    public void For_ActorUnderSix_NoWarningThatRepetitionMakesItHeavier(CriterionRating worst, string warning)
    {
        var steps = Responses(IncidentBuilder.Flanders().Person("p1", 5).Person("p2", 5).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]))[0].Steps;
        steps.Should().NotContain(Text(warning)).And.Contain(Text(warning + ".exempt"));
        Responses(Teens(worst))[0].Steps.Should().Contain(Text(warning)).And.NotContain(Text(warning + ".exempt"));
    }

    [Fact]
    public void For_UnknownCriteria_FirstStepNamesWhatIsMissing()
    {
        var criteria = IncidentBuilder.Criteria(CriterionRating.Yellow).With(Criterion.Impact, CriterionRating.Unknown);
        var steps = Responses(IncidentBuilder.Flanders().Behaviour(criteria, affected: ["p2"]))[0].Steps;
        steps[0].Should().Contain("impact");
        steps[1].Should().Be(Text("response.yellow.actor.1"));
    }

    [Fact]
    public void For_NoFlagYet_GatherInformationFirst()
    {
        var responses = Responses(IncidentBuilder.Flanders().Behaviour(Criteria.AllAt(CriterionRating.Unknown), affected: ["p2"]));
        responses[0].Steps.Should().Equal(Text("response.noFlag.actor"));
        responses.Should().OnlyContain(r => r.Steps.Count == 1);
    }

    [Fact]
    public void For_SextingRed_ImagesStepsForActorAffectedAndBystanders()
    {
        var responses = Responses(Teens(CriterionRating.Red, sexting: true));
        responses.Single(r => r.Role == ResponseRole.Actor).Steps.Should().Contain(Text("response.sexting.actor"));
        responses.Single(r => r.Role == ResponseRole.Affected).Steps.Should().Contain(Text("response.sexting.affected"));
        responses.Single(r => r.Role == ResponseRole.Bystanders).Steps.Should().Contain(Text("response.sexting.bystanders"));
        Responses(Teens(CriterionRating.Green, sexting: true)).SelectMany(r => r.Steps).Should().NotContain(s => s.StartsWith("Images:", StringComparison.Ordinal));
    }

    [Fact]
    public void For_Dutch_StepsInDutch()
    {
        var assessment = Assess.Incident(Teens(CriterionRating.Red).Build(), new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl-BE") });
        assessment.Behaviours[0].Responses[0].Steps[1].Should().Be("Stop het gedrag meteen en kordaat.");
    }

    [Fact]
    public void For_EveryFlagRoleAndVariant_EveryKeyHasAText()
    {
        foreach (var flag in Enum.GetValues<Flag>())
        {
            foreach (var role in Enum.GetValues<ResponseRole>())
            {
                foreach (var exempt in new[] { false, true })
                {
                    foreach (var key in ResponsePlaybook.Steps(flag, role, exempt))
                    {
                        GuidanceTexts.Resources.GetString(key, English).Should().NotBeNull(key);
                        GuidanceTexts.Resources.GetString(key, CultureInfo.GetCultureInfo("nl")).Should().NotBeNull(key);
                    }
                }
            }
        }
    }

    [Fact]
    public void For_SharedSteps_CannotBeChangedByACaller()
    {
        var steps = Responses(Teens(CriterionRating.Red))[0].Steps;
        steps.Should().NotBeAssignableTo<string[]>();
        ((ICollection<string>)steps).IsReadOnly.Should().BeTrue();
    }
}
