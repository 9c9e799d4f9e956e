using System.Globalization;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Hours;
using Sensoa.Flags.Guidance.Routing;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class ReferralDirectoryTests
{
    [Fact]
    public void Ids_EveryContractIdInContractOrder()
    {
        ReferralDirectory.Ids.Should().Equal(
            "clb", "contactpersoon-integriteit", "child-focus", "igvm", "veilig-huis",
            "vertrouwenscentrum-kindermishandeling", "erkennings-bemiddelingscommissie", "vertrouwenspersoon",
            "preventieadviseur", "slachtofferhulp", "aanspreekpersoon-integriteit", "vlaams-meldpunt", "aditi", "politie", "1712",
            "intern-zorgoverleg", "veilig-thuis", "zorg-en-veiligheidshuis", "politie");
    }

    [Theory]
    [InlineData(Jurisdiction.Flanders, "101")]
    [InlineData(Jurisdiction.Netherlands, "0900-8844")]
    public void Find_PolitieInEachJurisdiction_ItsOwnNumberAlwaysOpen(Jurisdiction jurisdiction, string phone)
    {
        var police = ReferralDirectory.Find("politie", jurisdiction)!;
        police.Phone.Should().Be(phone);
        ReferralDirectoryData.Organisations.Single(o => o.Id == "politie" && o.Jurisdiction == jurisdiction).Hours!.AlwaysOpen.Should().BeTrue();
        ReferralDirectory.List().Count(r => r.Id == "politie").Should().Be(2);
    }

    [Fact]
    public void Version_IsSemantic()
    {
        ReferralDirectory.Version.Should().MatchRegex(@"^\d+\.\d+\.\d+$");
    }

    [Theory]
    [InlineData("child-focus", "116 000", null)]
    [InlineData("erkennings-bemiddelingscommissie", "0497 43 41 66", null)]
    [InlineData("vlaams-meldpunt", "0800 13184", null)]
    [InlineData("aditi", "0488 870 677", "info@aditivzw.be")]
    [InlineData("1712", "1712", null)]
    [InlineData("veilig-thuis", "0800-2000", null)]
    [InlineData("clb", null, null)]
    [InlineData("veilig-huis", null, null)]
    public void Find_FactsFromTheSources(string id, string? phone, string? mail)
    {
        var referral = ReferralDirectory.Find(id)!;
        referral.Phone.Should().Be(phone);
        referral.Mail.Should().Be(mail);
    }

    [Theory]
    [InlineData("erkennings-bemiddelingscommissie", "en", "Mon–Thu 09:00–17:00; Fri 09:00–16:00")]
    [InlineData("erkennings-bemiddelingscommissie", "nl", "ma–do 09:00–17:00; vr 09:00–16:00")]
    [InlineData("aditi", "en", "Mon–Thu 09:00–17:00; Fri 09:00–12:00")]
    [InlineData("vlaams-meldpunt", "en", "Mon 09:00–20:00; Tue–Fri 09:00–17:00 (chat on working days 09:00–17:00)")]
    [InlineData("child-focus", "en", "day and night, every day (24/7)")]
    public void Find_HoursForPeople_WrittenFromTheStructuredHours(string id, string lang, string hours)
    {
        ReferralDirectory.Find(id, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo(lang) })!.Hours.Should().Be(hours);
    }

    [Fact]
    public void Find_UnknownId_Null()
    {
        ReferralDirectory.Find("nope").Should().BeNull();
    }

    [Fact]
    public void Organisations_FactsNotFromTheSeedsAreMarked()
    {
        // 1712 and the Dutch phone numbers are not in the sources: the data says so, as docs/method.md does.
        var bySource = ReferralDirectoryData.Organisations.ToDictionary(o => (o.Id, o.Jurisdiction), o => o.Source);
        bySource[("1712", Jurisdiction.Flanders)].Should().StartWith("not in the sources");
        bySource[("veilig-thuis", Jurisdiction.Netherlands)].Should().Contain("not in the sources");
        bySource[("politie", Jurisdiction.Netherlands)].Should().Contain("not in the sources");
        bySource[("politie", Jurisdiction.Flanders)].Should().StartWith("not in the sources");
        ReferralDirectoryData.Organisations.Should().OnlyContain(o => o.Source.Length > 0);
    }

    [Fact]
    public void Organisations_TimeZoneByJurisdiction()
    {
        ReferralDirectoryData.Organisations.Should().OnlyContain(o =>
            o.TimeZone == (o.Jurisdiction == Jurisdiction.Flanders ? "Europe/Brussels" : "Europe/Amsterdam"));
        TimeZones.Find("Europe/Brussels").Should().NotBeNull();
        TimeZones.Find("Europe/Amsterdam").Should().NotBeNull();
    }

    [Fact]
    public void Organisations_EverySituationIsServed()
    {
        var served = ReferralDirectoryData.Organisations.SelectMany(o => o.Situations).ToHashSet();
        served.Should().BeEquivalentTo(Enum.GetValues<RoutingSituation>());
    }

    [Fact]
    public void ToReferral_TimeZoneMissingOnTheSystem_UnknownNotAnException()
    {
        var entry = ReferralDirectoryData.Organisations.Single(o => o.Id == "aditi") with { TimeZone = "Nowhere/Atlantis" };
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-26T10:00:00+01:00", CultureInfo.InvariantCulture));
        var referral = ReferralRouter.ToReferral(entry, new AssessmentOptions { TimeProvider = clock });
        referral.Availability.Should().Be(Availability.Unknown);
        referral.AvailabilityNote.Should().Contain("Nowhere/Atlantis");
        referral.Hours.Should().NotBeNull("the hours for people do not need the time zone");
    }

    [Fact]
    public void Find_Slachtofferhulp_ItsRoleFromTheOnlineIncidentsSourceAndWhereToReachItMarked()
    {
        var en = ReferralDirectory.Find("slachtofferhulp")!;
        en.WhatTheyDo.Should().Contain("Support and advice");
        en.Contact.Should().Contain("CAW").And.Contain("not in the sources");
        en.Phone.Should().BeNull("the source gives no number");
        var nl = ReferralDirectory.Find("slachtofferhulp", new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") })!;
        nl.WhatTheyDo.Should().Contain("Ondersteuning en advies");
    }

    [Fact]
    public void Find_Preventieadviseur_TheExternalServicesWebsiteNamesTheAdviser()
    {
        ReferralDirectory.Find("preventieadviseur")!.Contact.Should().Contain("website of your employer's external prevention service")
            .And.Contain("who your company's external prevention adviser is");
        ReferralDirectory.Find("preventieadviseur", new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") })!.Contact
            .Should().Contain("website van de externe preventiedienst van je werkgever");
    }
}
