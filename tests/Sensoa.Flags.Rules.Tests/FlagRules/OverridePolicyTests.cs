using static Sensoa.Flags.Tests.IncidentBuilder;

namespace Sensoa.Flags.Rules.Tests.FlagRules;

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
    [InlineData(OverrideBasis.UnsafeContext, CriterionRating.Yellow, Flag.Red)]
    [InlineData(OverrideBasis.UnsafeContext, CriterionRating.Green, Flag.Red)]
    public void OrganisationRule_AnythingElse_RefusedNamingThePitfall(OverrideBasis basis, CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, basis);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Refusal.Should().Contain("Dat mag hier niet!");
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
    [InlineData(OverrideBasis.UnsafeContext)]
    [InlineData(OverrideBasis.OrganisationRule)]
    public void AnyBasis_Lowers_RefusedSayingToRateTheCriteriaAgain(OverrideBasis basis)
    {
        var result = WithOverride(CriterionRating.Red, Flag.Yellow, basis);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Refusal.Should().Contain("Dat kan toch niet!").And.Contain("rate the criteria again");
        result.Flag.Should().Be(Flag.Red);
        result.Registration.Should().Be(Registration.Internal);
    }

    [Theory]
    [InlineData(CriterionRating.Black, Flag.Green)]
    [InlineData(CriterionRating.Yellow, Flag.Green)]
    [InlineData(CriterionRating.Black, Flag.Red)]
    public void Lowering_NeverAccepted_WhateverTheBasis(CriterionRating level, Flag flag)
    {
        foreach (var basis in Enum.GetValues<OverrideBasis>())
        {
            WithOverride(level, flag, basis).Flag.Should().Be(level.ToFlag(), basis.ToString());
        }
    }

    [Theory]
    [InlineData(OverrideBasis.OrganisationRule)]
    [InlineData(OverrideBasis.Intimacy)]
    [InlineData(OverrideBasis.UnsafeContext)]
    public void EqualToComputed_Accepted(OverrideBasis basis)
    {
        WithOverride(CriterionRating.Red, Flag.Red, basis).Override!.Accepted.Should().BeTrue();
    }

    [Fact]
    public void Basis_Other_NotAValueAnyMore()
    {
        Enum.GetNames<OverrideBasis>().Should().NotContain("Other");
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
        nl.Behaviours[0].Override!.Refusal.Should().Contain("valkuil 'Dat mag hier niet!'");
    }

    [Theory]
    [InlineData(CriterionRating.Green, Flag.Yellow)]
    [InlineData(CriterionRating.Yellow, Flag.Red)]
    [InlineData(CriterionRating.Red, Flag.Black)]
    [InlineData(CriterionRating.Red, Flag.Red)]
    public void Combination_RaiseByOneOrEqual_AcceptedWithoutWarning(CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, OverrideBasis.Combination);
        result.Override!.Accepted.Should().BeTrue();
        result.Override.Warning.Should().BeNull();
        result.Flag.Should().Be(flag);
    }

    [Theory]
    [InlineData(CriterionRating.Yellow, Flag.Green)]
    [InlineData(CriterionRating.Black, Flag.Red)]
    public void Combination_Lower_RefusedAsEveryBasis(CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, OverrideBasis.Combination);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Refusal.Should().Contain("Dat kan toch niet!");
        result.Override.Warning.Should().BeNull();
    }

    [Theory]
    [InlineData(OverrideBasis.Frequency, CriterionRating.Green, Flag.Black)]
    [InlineData(OverrideBasis.Combination, CriterionRating.Green, Flag.Red)]
    [InlineData(OverrideBasis.Intimacy, CriterionRating.Yellow, Flag.Black)]
    [InlineData(OverrideBasis.Awareness, CriterionRating.Green, Flag.Red)]
    public void SteepRaise_TwoLevelsOrMore_AcceptedWithAWarningQuotingThePitfall(OverrideBasis basis, CriterionRating level, Flag flag)
    {
        var result = WithOverride(level, flag, basis);
        result.Override!.Accepted.Should().BeTrue("the source advises against it; it does not forbid it");
        result.Override.Refusal.Should().BeNull();
        result.Override.Warning.Should().Contain("Dat kan toch niet!");
        result.Flag.Should().Be(flag);
    }

    [Fact]
    public void SteepRaise_Refused_NoWarning()
    {
        var result = WithOverride(CriterionRating.Green, Flag.Black, OverrideBasis.OrganisationRule);
        result.Override!.Accepted.Should().BeFalse();
        result.Override.Warning.Should().BeNull();
    }

    [Fact]
    public void SteepRaise_Dutch_WarnsInDutch()
    {
        var incident = IncidentBuilder.Flanders()
            .Behaviour(Criteria(CriterionRating.Green), overrideRequest: new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Frequency, Reason = "r" })
            .Build();
        var nl = Assess.Incident(incident, new AssessmentOptions { Culture = System.Globalization.CultureInfo.GetCultureInfo("nl-BE") });
        nl.Behaviours[0].Override!.Warning.Should().Contain("valkuil 'Dat kan toch niet!'").And.Contain("zwart");
    }

    [Fact]
    public void SteepRaise_WrittenAsWarningInTheJson()
    {
        var json = Sensoa.Flags.Json.SensoaJson.Serialize(Assess.Incident(IncidentBuilder.Flanders()
            .Behaviour(Criteria(CriterionRating.Green), overrideRequest: new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Frequency, Reason = "r" })
            .Build()));
        System.Text.Json.Nodes.JsonNode.Parse(json)!["behaviours"]![0]!["override"]!["warning"]!.GetValue<string>().Should().Contain("Dat kan toch niet!");
    }
}
