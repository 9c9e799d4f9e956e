using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Tests.Rules;

public sealed class OverridePolicyTests
{
    private static BehaviourAssessment WithOverride(CriterionRating level, Flag flag, OverrideBasis basis) =>
        Assess.Single(Criteria(level), overrideRequest: new OverrideRequest { Flag = flag, Basis = basis, Reason = "a reason" });

    [Theory]
    [InlineData(OverrideBasis.OrganisationRule)]
    [InlineData(OverrideBasis.UnsafeContext)]
    public void OrganisationRule_GreenToYellow_Accepted(OverrideBasis basis)
    {
        var result = WithOverride(CriterionRating.Green, Flag.Yellow, basis);
        result.Override!.Accepted.Should().BeTrue();
        result.Override.Refusal.Should().BeNull();
        result.Flag.Should().Be(Flag.Yellow);
        result.ComputedFlag.Should().Be(Flag.Green, "both flags stay visible");
    }

    [Theory]
    [InlineData(OverrideBasis.OrganisationRule, CriterionRating.Green, Flag.Red)]
    [InlineData(OverrideBasis.OrganisationRule, CriterionRating.Green, Flag.Black)]
    [InlineData(OverrideBasis.OrganisationRule, CriterionRating.Yellow, Flag.Red)]
    [InlineData(OverrideBasis.OrganisationRule, CriterionRating.Red, Flag.Black)]
    [InlineData(OverrideBasis.OrganisationRule, CriterionRating.Yellow, Flag.Green)]
    [InlineData(OverrideBasis.UnsafeContext, CriterionRating.Yellow, Flag.Red)]
    [InlineData(OverrideBasis.UnsafeContext, CriterionRating.Green, Flag.Red)]
    public void OrganisationRule_AnythingElse_RefusedNamingThePitfall(OverrideBasis basis, CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, basis);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Refusal.Should().Contain("organisation rule");
        result.Flag.Should().Be(result.ComputedFlag, "a refused override leaves the computed flag");
        result.Override.Flag.Should().Be(flag, "the requested flag stays visible");
    }

    [Theory]
    [InlineData(OverrideBasis.Intimacy)]
    [InlineData(OverrideBasis.Frequency)]
    [InlineData(OverrideBasis.Awareness)]
    public void Aggravating_Raises_Accepted(OverrideBasis basis)
    {
        var result = WithOverride(CriterionRating.Yellow, Flag.Red, basis);
        result.Override!.Accepted.Should().BeTrue();
        result.Flag.Should().Be(Flag.Red);
        result.Registration.Should().Be(Registration.Internal, "registration follows the final flag");
    }

    [Theory]
    [InlineData(OverrideBasis.Intimacy)]
    [InlineData(OverrideBasis.Frequency)]
    [InlineData(OverrideBasis.Awareness)]
    public void Aggravating_Lowers_Refused(OverrideBasis basis)
    {
        var result = WithOverride(CriterionRating.Red, Flag.Yellow, basis);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Refusal.Should().Contain("heavier");
        result.Flag.Should().Be(Flag.Red);
        result.Registration.Should().Be(Registration.Internal);
    }

    [Theory]
    [InlineData(CriterionRating.Red, Flag.Green)]
    [InlineData(CriterionRating.Green, Flag.Black)]
    public void Other_AnyFlag_Accepted(CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, OverrideBasis.Other);
        result.Override!.Accepted.Should().BeTrue();
        result.Flag.Should().Be(flag);
    }

    [Theory]
    [InlineData(OverrideBasis.OrganisationRule)]
    [InlineData(OverrideBasis.Intimacy)]
    [InlineData(OverrideBasis.Other)]
    public void EqualToComputed_Accepted(OverrideBasis basis)
    {
        WithOverride(CriterionRating.Red, Flag.Red, basis).Override!.Accepted.Should().BeTrue();
    }

    [Fact]
    public void Aggravating_NoComputedFlag_Refused()
    {
        var result = Assess.Single(Criteria.AllAt(CriterionRating.Unknown), overrideRequest: new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.Intimacy, Reason = "r" });
        result.Override!.Accepted.Should().BeFalse();
        result.Flag.Should().BeNull();
    }

    [Fact]
    public void NoOverride_OverrideIsNull()
    {
        Assess.Single(Criteria(CriterionRating.Red)).Override.Should().BeNull();
    }

    [Fact]
    public void Refusal_InDutch_IsDutch()
    {
        var incident = IncidentBuilder.Flanders()
            .Behaviour(Criteria(CriterionRating.Green), overrideRequest: new OverrideRequest { Flag = Flag.Red, Basis = OverrideBasis.OrganisationRule, Reason = "r" })
            .Build();
        var nl = Assess.Incident(incident, new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl-BE") });
        nl.Behaviours[0].Override!.Refusal.Should().Contain("organisatieregel");
    }
}
