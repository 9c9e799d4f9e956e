using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>Every routing condition of docs/contract.md, each included and excluded.</summary>
public sealed class ReferralRoutingTests
{
    private static readonly Criteria Yellow = IncidentBuilder.Criteria(CriterionRating.Yellow);
    private static readonly Criteria Red = IncidentBuilder.Criteria(CriterionRating.Red);
    private static readonly Criteria Black = IncidentBuilder.Criteria(CriterionRating.Black);
    private static readonly Criteria Green = Criteria.AllAt(CriterionRating.Green);

    private static List<string> Route(IncidentBuilder builder) =>
        Assess.Incident(builder.Build()).Referrals.Select(r => r.Id).ToList();

    private static IncidentBuilder Teens(Setting setting = Setting.Other) =>
        IncidentBuilder.Flanders().At(setting).Person("p1", 14).Person("p2", 14);

    private static IncidentBuilder Adults(Setting setting = Setting.Other) =>
        IncidentBuilder.Flanders().At(setting).Person("p1", 30).Person("p2", 30);

    [Fact]
    public void Route_AllGreenAndComplete_Empty()
    {
        Route(Teens(Setting.School).Behaviour(Green, affected: ["p2"]).Behaviour(Green, actor: "p2")).Should().BeEmpty();
    }

    [Fact]
    public void Route_AllGreenInWorkplaceSextingHistoricalDisability_StillEmpty()
    {
        Route(IncidentBuilder.Flanders().At(Setting.Workplace).Sexting().YearsAgo(12).Person("p1", 30, disability: true)
            .Behaviour(Green)).Should().BeEmpty();
    }

    [Fact]
    public void Route_OneYellow_MeldpuntAnd1712()
    {
        Route(Teens().Behaviour(Yellow, affected: ["p2"]).Behaviour(Green, actor: "p2"))
            .Should().Equal("vlaams-meldpunt", "1712");
    }

    [Fact]
    public void Route_GreenWithUnknownCriterion_NotEmpty()
    {
        Route(Teens().Behaviour(Green.With(Criterion.Impact, CriterionRating.Unknown))).Should().Equal("vlaams-meldpunt", "1712");
    }

    [Fact]
    public void Route_AllCriteriaUnknown_NotEmpty()
    {
        Route(Teens().Behaviour(Criteria.AllAt(CriterionRating.Unknown))).Should().Equal("vlaams-meldpunt", "1712");
    }

    [Fact]
    public void Route_ComputedYellowOverriddenToGreen_RefusedSoStillRouted()
    {
        var toGreen = new OverrideRequest { Flag = Flag.Green, Basis = OverrideBasis.Intimacy, Reason = "a reason" };
        Route(Teens().Behaviour(Yellow, overrideRequest: toGreen)).Should().Equal("vlaams-meldpunt", "1712");
    }

    [Fact]
    public void Route_GreenOverriddenToYellowForUnsafeContext_NotEmpty()
    {
        var toYellow = new OverrideRequest { Flag = Flag.Yellow, Basis = OverrideBasis.UnsafeContext, Reason = "a reason" };
        Route(Teens().Behaviour(Green, overrideRequest: toYellow)).Should().Equal("vlaams-meldpunt", "1712");
    }

    [Theory]
    [InlineData(Setting.School, true)]
    [InlineData(Setting.YouthWork, false)]
    [InlineData(Setting.Online, false)]
    public void Route_School_Clb(Setting setting, bool expected)
    {
        Route(Teens(setting).Behaviour(Yellow)).Contains("clb").Should().Be(expected);
    }

    [Theory]
    [InlineData(14, 30, true)]
    [InlineData(17.9, 30, true)]
    [InlineData(30, 30, false)]
    [InlineData(18, 18, false)]
    public void Route_SextingWithAnyoneUnder18_ChildFocus(double actorAge, double otherAge, bool expected)
    {
        var ids = Route(IncidentBuilder.Flanders().Sexting().Person("p1", actorAge).Person("p2", otherAge).Behaviour(Yellow, affected: ["p2"]));
        ids.Contains("child-focus").Should().Be(expected);
        ids.Contains("igvm").Should().Be(!expected, "adults only go to the IGVM, and not to Child Focus");
    }

    [Fact]
    public void Route_NoSexting_NeitherChildFocusNorIgvm()
    {
        Route(Teens().Behaviour(Black)).Should().NotContain(["child-focus", "igvm"]);
        Route(Adults().Behaviour(Black)).Should().NotContain(["child-focus", "igvm"]);
    }

    [Fact]
    public void Route_SextingMinorNotInTheBehaviour_StillChildFocus()
    {
        // "Under 18" looks at every person of the incident.
        Route(IncidentBuilder.Flanders().Sexting().Person("p1", 30).Person("p2", 30).Person("p3", 16).Behaviour(Yellow, affected: ["p2"]))
            .Should().Contain("child-focus").And.NotContain("igvm");
    }

    [Theory]
    [InlineData(Setting.Workplace, true)]
    [InlineData(Setting.Care, false)]
    [InlineData(Setting.School, false)]
    public void Route_Workplace_VertrouwenspersoonAndPreventieadviseur(Setting setting, bool expected)
    {
        var ids = Route(Adults(setting).Behaviour(Yellow));
        ids.Contains("vertrouwenspersoon").Should().Be(expected);
        ids.Contains("preventieadviseur").Should().Be(expected);
    }

    [Theory]
    [InlineData(Setting.Sport, true)]
    [InlineData(Setting.YouthWork, true)]
    [InlineData(Setting.School, false)]
    [InlineData(Setting.Family, false)]
    public void Route_SportOrYouthWork_AanspreekpersoonIntegriteit(Setting setting, bool expected)
    {
        Route(Teens(setting).Behaviour(Yellow)).Contains("aanspreekpersoon-integriteit").Should().Be(expected);
    }

    [Theory]
    [InlineData(Setting.Other, true, false, true)]
    [InlineData(Setting.DisabilityCare, false, false, true)]
    [InlineData(Setting.Care, false, false, false)]
    [InlineData(Setting.Other, false, true, false)]
    public void Route_DisabilityOrDisabilityCare_Aditi(Setting setting, bool disability, bool lowFunctioning, bool expected)
    {
        Route(IncidentBuilder.Flanders().At(setting).Person("p1", 20).Person("p2", 20, disability, lowFunctioning).Behaviour(Yellow, affected: ["p2"]))
            .Contains("aditi").Should().Be(expected);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(25, true)]
    [InlineData(9.9, false)]
    [InlineData(0, false)]
    public void Route_AtLeast10YearsAgo_ErkenningsBemiddelingscommissie(double yearsAgo, bool expected)
    {
        Route(Teens().YearsAgo(yearsAgo).Behaviour(Yellow)).Contains("erkennings-bemiddelingscommissie").Should().Be(expected);
    }

    [Theory]
    [InlineData(30, 12, CriterionRating.Red, true)]
    [InlineData(18, 17.9, CriterionRating.Black, true)]
    [InlineData(30, 12, CriterionRating.Yellow, false)]
    [InlineData(30, 18, CriterionRating.Red, false)]
    [InlineData(17.9, 12, CriterionRating.Black, false)]
    [InlineData(13, 12, CriterionRating.Red, false)]
    [InlineData(13, 12, CriterionRating.Yellow, false)]
    [InlineData(13, 18, CriterionRating.Black, false)]
    public void Route_RedOrBlackByAnAdultAffectingMinor_VertrouwenscentrumKindermishandeling_NotAmongPeersAtSchool(double actorAge, double affectedAge, CriterionRating worst, bool expected)
    {
        // Version 3: the centre is for suspected child abuse; among pupils of the same age the CLB is the first point.
        Route(IncidentBuilder.Flanders().Person("p1", actorAge).Person("p2", affectedAge).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]))
            .Contains("vertrouwenscentrum-kindermishandeling").Should().Be(expected);
    }

    [Theory]
    [InlineData(Relation.Family, Setting.School, true)]
    [InlineData(Relation.Professional, Setting.Sport, true)]
    [InlineData(Relation.Peer, Setting.Family, true)]
    [InlineData(null, Setting.Family, true)]
    [InlineData(Relation.Peer, Setting.School, false)]
    [InlineData(Relation.Client, Setting.Care, false)]
    [InlineData(null, Setting.School, false)]
    public void Route_MinorActorWhoIsARelativeOrProfessionalOrAtHome_VertrouwenscentrumKindermishandeling(Relation? relation, Setting setting, bool expected)
    {
        Route(IncidentBuilder.Flanders().At(setting).Person("p1", 16).Person("p2", 9).Behaviour(Red, affected: ["p2"], relation: relation))
            .Contains("vertrouwenscentrum-kindermishandeling").Should().Be(expected);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(5.9, true)]
    [InlineData(6, false)]
    [InlineData(20, false)]
    public void Route_ChildAbuseCentre_NeverForSomeoneWhoIsAnAdultNow(double yearsAgo, bool expected)
    {
        Route(IncidentBuilder.Flanders().YearsAgo(yearsAgo).Person("p1", 40).Person("p2", 12).Behaviour(Black, affected: ["p2"], relation: Relation.Family))
            .Contains("vertrouwenscentrum-kindermishandeling").Should().Be(expected);
    }

    [Theory]
    [InlineData(Setting.School)]
    [InlineData(Setting.Online)]
    [InlineData(Setting.Family)]
    public void Route_PartnersRedOrBlack_VeiligHuisInAnySettingAlsoWithAChild(Setting setting)
    {
        var withChild = IncidentBuilder.Flanders().At(setting).Person("p1", 35).Person("p2", 33).Person("c", 4)
            .Behaviour(Red, affected: ["p2"], relation: Relation.Partner);
        Route(withChild).Should().Contain("veilig-huis");
        Route(IncidentBuilder.Flanders().At(setting).Person("p1", 35).Person("p2", 33).Behaviour(Yellow, affected: ["p2"], relation: Relation.Partner))
            .Should().NotContain("veilig-huis", "yellow is no sign of violence between partners");
    }

    [Fact]
    public void Route_PeersAtSchoolRed_NoVeiligHuis()
    {
        Route(Teens().Behaviour(Red, affected: ["p2"], relation: Relation.Peer)).Should().NotContain(["veilig-huis", "vertrouwenscentrum-kindermishandeling"]);
    }

    [Fact]
    public void Route_AdultColleaguesAtSchool_WorkplaceRoutesAndNoClb()
    {
        var ids = Route(IncidentBuilder.Flanders().At(Setting.School).Person("t1", 45).Person("t2", 29).Behaviour(Red, actor: "t1", affected: ["t2"], relation: Relation.Colleague));
        ids.Should().Contain(["vertrouwenspersoon", "preventieadviseur"]).And.NotContain("clb");
    }

    [Fact]
    public void Route_ColleaguesAndAPupilAtSchool_ClbStays()
    {
        var ids = Route(IncidentBuilder.Flanders().At(Setting.School).Person("t1", 45).Person("t2", 29).Person("s", 14)
            .Behaviour(Red, actor: "t1", affected: ["t2"], relation: Relation.Colleague)
            .Behaviour(Red, actor: "t1", affected: ["s"], relation: Relation.Professional));
        ids.Should().Contain(["clb", "vertrouwenspersoon", "preventieadviseur", "vertrouwenscentrum-kindermishandeling"]);
    }

    [Fact]
    public void Route_MinorsCalledColleagues_NoWorkplaceRoute()
    {
        Route(Teens(Setting.School).Behaviour(Red, affected: ["p2"], relation: Relation.Colleague)).Should().NotContain("vertrouwenspersoon").And.Contain("clb");
    }

    [Theory]
    [InlineData(CriterionRating.Black, true)]
    [InlineData(CriterionRating.Red, false)]
    public void Route_FlandersBlack_PolitieAlwaysReachable(CriterionRating worst, bool expected)
    {
        var referrals = Assess.Incident(IncidentBuilder.Flanders().Person("p1", 40).Person("p2", 9).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"], relation: Relation.Family).Build(),
            new AssessmentOptions { TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 2, 30, 0, TimeSpan.Zero)) }).Referrals;
        referrals.Any(r => r.Id == "politie").Should().Be(expected);
        if (expected)
        {
            var police = referrals.Single(r => r.Id == "politie");
            police.Phone.Should().Be("101");
            police.Availability.Should().Be(Availability.Open, "a black abuse at night must leave somewhere to turn");
        }
    }

    [Fact]
    public void Route_DistributesImagesWithoutInvolvesSexting_CountsAsSexting()
    {
        var incident = IncidentBuilder.Flanders().Person("p1", 15).Person("p2", 15)
            .Behaviour(Red, affected: ["p2"], distributes: true);
        Route(incident).Should().Contain("child-focus");
        Route(IncidentBuilder.Flanders().Person("p1", 15).Person("p2", 15).Behaviour(Red, affected: ["p2"])).Should().NotContain("child-focus");
    }

    [Fact]
    public void Route_AdultsRedWithMinorPresentButNotAffected_NoVertrouwenscentrum()
    {
        Route(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 30).Person("p3", 10).Behaviour(Red, affected: ["p2"]))
            .Should().NotContain("vertrouwenscentrum-kindermishandeling");
    }

    [Fact]
    public void Route_RepeatedYellowBecomesRedForAdultTowardsMinor_VertrouwenscentrumFromComputedFlag()
    {
        Route(IncidentBuilder.Flanders().Person("p1", 30).Person("p2", 12).Behaviour(Yellow, affected: ["p2"], repeated: true))
            .Should().Contain("vertrouwenscentrum-kindermishandeling");
    }

    [Theory]
    [InlineData(Setting.Family, 30, CriterionRating.Red, true)]
    [InlineData(Setting.Family, 30, CriterionRating.Black, true)]
    [InlineData(Setting.Family, 30, CriterionRating.Yellow, false)]
    [InlineData(Setting.Family, 16, CriterionRating.Red, false)]
    [InlineData(Setting.Workplace, 30, CriterionRating.Red, false)]
    public void Route_FamilyAmongAdultsRedOrBlack_VeiligHuis(Setting setting, double otherAge, CriterionRating worst, bool expected)
    {
        Route(IncidentBuilder.Flanders().At(setting).Person("p1", 40).Person("p2", otherAge).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]))
            .Contains("veilig-huis").Should().Be(expected);
    }

    [Fact]
    public void Route_ManyConditions_DirectoryOrderAnd1712Last()
    {
        var ids = Route(IncidentBuilder.Flanders().At(Setting.School).Sexting().YearsAgo(11)
            .Person("p1", 30).Person("p2", 15, disability: true).Behaviour(Black, affected: ["p2"]));
        ids.Should().Equal(
            "clb", "child-focus", "erkennings-bemiddelingscommissie",
            "vlaams-meldpunt", "aditi", "politie", "1712");
        ReferralDirectory.Ids.Take(ReferralDirectory.Ids.ToList().IndexOf("1712") + 1).Where(ids.Contains).Should().Equal(ids, "referrals follow the directory's fixed order");
    }

    [Theory]
    [InlineData(Setting.School)]
    [InlineData(Setting.YouthWork)]
    [InlineData(Setting.Workplace)]
    [InlineData(Setting.Other)]
    public void Route_ContactpersoonIntegriteit_NeverFromAnIncident(Setting setting)
    {
        // The contact persons for integrity answer a school's policy questions (the screener points to them); an
        // incident at school goes to the CLB first: not routed from an incident.
        Route(Teens(setting).Behaviour(Yellow, affected: ["p2"])).Should().NotContain("contactpersoon-integriteit");
        Route(Teens(setting).Sexting().YearsAgo(20).Behaviour(Black, affected: ["p2"])).Should().NotContain("contactpersoon-integriteit");
        Route(Teens(setting).In(Jurisdiction.Netherlands).Behaviour(Black, affected: ["p2"])).Should().NotContain("contactpersoon-integriteit");
    }

    [Fact]
    public void Route_AllGreenAtSchool_Nothing() =>
        Route(Teens(Setting.School).Behaviour(Green)).Should().BeEmpty();

    [Fact]
    public void Route_School_ClbFirstWithItsWhy()
    {
        var referrals = Assess.Incident(Teens(Setting.School).Behaviour(Yellow, affected: ["p2"]).Build()).Referrals;
        referrals.Select(r => r.Id).Should().Equal("clb", "vlaams-meldpunt", "1712");
        referrals[0].Why.Should().Contain("school");
    }

    [Theory]
    [InlineData(Setting.Workplace, true)]
    [InlineData(Setting.School, false)]
    [InlineData(Setting.Care, false)]
    public void Route_Workplace_Slachtofferhulp(Setting setting, bool expected)
    {
        Route(Adults(setting).Behaviour(Red, affected: ["p2"])).Contains("slachtofferhulp").Should().Be(expected);
    }

    [Fact]
    public void Route_WorkplaceAllGreen_NoSlachtofferhulp()
    {
        Route(Adults(Setting.Workplace).Behaviour(Green)).Should().BeEmpty();
    }

    [Theory]
    [InlineData(CriterionRating.Green, new string[0])]
    [InlineData(CriterionRating.Yellow, new[] { "intern-zorgoverleg" })]
    [InlineData(CriterionRating.Red, new[] { "intern-zorgoverleg", "veilig-thuis" })]
    [InlineData(CriterionRating.Black, new[] { "intern-zorgoverleg", "veilig-thuis", "zorg-en-veiligheidshuis", "politie" })]
    public void Route_Netherlands_ByFlag(CriterionRating worst, string[] expected)
    {
        Route(Teens(Setting.School).In(Jurisdiction.Netherlands).Sexting().YearsAgo(12).Behaviour(IncidentBuilder.Criteria(worst), affected: ["p2"]))
            .Should().Equal(expected, "the Dutch route has no Flemish organisations, whatever the setting");
    }

    [Fact]
    public void Route_NetherlandsUnknownCriteria_InternZorgoverleg()
    {
        Route(Teens().In(Jurisdiction.Netherlands).Behaviour(Criteria.AllAt(CriterionRating.Unknown))).Should().Equal("intern-zorgoverleg");
    }

    [Fact]
    public void Route_FlandersBlack_NoDutchOrganisation()
    {
        Route(Teens().Behaviour(Black)).Should().NotContain(["intern-zorgoverleg", "veilig-thuis", "zorg-en-veiligheidshuis"]);
    }

    [Fact]
    public void Route_EveryReferral_HasNameAndWhy()
    {
        var referrals = Assess.Incident(IncidentBuilder.Flanders().At(Setting.Workplace).Sexting().YearsAgo(11)
            .Person("p1", 30).Person("p2", 15, disability: true).Behaviour(Black, affected: ["p2"]).Build()).Referrals;
        referrals.Should().OnlyContain(r => r.Name.Length > 0 && r.Why.Length > 0 && r.WhatTheyDo!.Length > 0);
    }
}
