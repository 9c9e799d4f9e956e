using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>"Open now" at the edges: closing time, Monday evening, weekends, daylight saving, 24/7, unknown hours.</summary>
public sealed class OpeningHoursTests
{
    private static Referral At(string id, string moment, string lang = "en")
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture));
        return ReferralDirectory.Find(id, new AssessmentOptions { TimeProvider = clock, Culture = CultureInfo.GetCultureInfo(lang) })!;
    }

    private static DateTimeOffset Time(string moment) => DateTimeOffset.Parse(moment, CultureInfo.InvariantCulture);

    [Fact]
    public void Availability_FridayOneMinuteBeforeFourPm_OpenUntilFour()
    {
        var referral = At("erkennings-bemiddelingscommissie", "2026-11-27T15:59:00+01:00");
        referral.Availability.Should().Be(Availability.Open);
        referral.ClosesAt.Should().Be(Time("2026-11-27T16:00:00+01:00"));
        referral.ClosesAt!.Value.Offset.Should().Be(TimeSpan.FromHours(1));
        referral.OpensAt.Should().BeNull();
        referral.AvailabilityNote.Should().Be("Open now, until 16:00.");
    }

    [Fact]
    public void Availability_FridayOneMinuteAfterFourPm_ClosedOpensMonday()
    {
        var referral = At("erkennings-bemiddelingscommissie", "2026-11-27T16:01:00+01:00");
        referral.Availability.Should().Be(Availability.Closed);
        referral.OpensAt.Should().Be(Time("2026-11-30T09:00:00+01:00"));
        referral.ClosesAt.Should().BeNull();
        referral.AvailabilityNote.Should().Be("Closed now; opens Monday 30 November 2026 at 09:00.");
    }

    [Fact]
    public void Availability_FridayAtFourSharp_ClosedBecauseTheEndIsExcluded()
    {
        At("erkennings-bemiddelingscommissie", "2026-11-27T16:00:00+01:00").Availability.Should().Be(Availability.Closed);
    }

    [Fact]
    public void Availability_GivenInUtc_ConvertedToBrussels()
    {
        At("erkennings-bemiddelingscommissie", "2026-11-27T14:59:00Z").Availability.Should().Be(Availability.Open);
        At("erkennings-bemiddelingscommissie", "2026-11-27T15:01:00Z").Availability.Should().Be(Availability.Closed);
    }

    [Theory]
    [InlineData("2026-11-30T16:59:00+01:00", true)]
    [InlineData("2026-11-30T17:30:00+01:00", true)]
    [InlineData("2026-11-30T19:59:00+01:00", true)]
    [InlineData("2026-11-30T20:00:00+01:00", false)]
    [InlineData("2026-12-01T17:30:00+01:00", false)]
    [InlineData("2026-11-30T08:59:00+01:00", false)]
    public void Availability_MeldpuntMondayEvening_OpenUntilEightOnlyOnMonday(string moment, bool open)
    {
        At("vlaams-meldpunt", moment).Availability.Should().Be(open ? Availability.Open : Availability.Closed);
    }

    [Fact]
    public void Availability_MeldpuntMondayAfternoon_ClosesAtEightNotFive()
    {
        At("vlaams-meldpunt", "2026-11-30T16:59:00+01:00").ClosesAt.Should().Be(Time("2026-11-30T20:00:00+01:00"));
    }

    [Fact]
    public void Availability_MeldpuntMondayAtEight_OpensTuesdayMorning()
    {
        At("vlaams-meldpunt", "2026-11-30T20:00:00+01:00").OpensAt.Should().Be(Time("2026-12-01T09:00:00+01:00"));
    }

    [Theory]
    [InlineData("2026-11-28T12:00:00+01:00")]
    [InlineData("2026-11-29T23:59:00+01:00")]
    [InlineData("2026-11-27T23:00:00+01:00")]
    public void Availability_Weekend_ClosedOpensMondayNine(string moment)
    {
        foreach (var id in new[] { "vlaams-meldpunt", "1712", "aditi", "erkennings-bemiddelingscommissie" })
        {
            var referral = At(id, moment);
            referral.Availability.Should().Be(Availability.Closed, id);
            referral.OpensAt.Should().Be(Time("2026-11-30T09:00:00+01:00"), id);
        }
    }

    [Theory]
    [InlineData("2026-11-27T09:00:00+01:00", true)]
    [InlineData("2026-11-27T08:59:59+01:00", false)]
    public void Availability_AtOpeningTime_OpenFromTheFirstMinute(string moment, bool open)
    {
        At("1712", moment).Availability.Should().Be(open ? Availability.Open : Availability.Closed);
    }

    [Fact]
    public void Availability_EarlyMorning_OpensSameDay()
    {
        At("1712", "2026-11-26T07:00:00+01:00").OpensAt.Should().Be(Time("2026-11-26T09:00:00+01:00"));
    }

    [Theory]
    [InlineData("2026-11-27T11:59:00+01:00", true)]
    [InlineData("2026-11-27T12:00:00+01:00", false)]
    [InlineData("2026-11-26T16:59:00+01:00", true)]
    public void Availability_AditiFridayNoon_ClosesAtTwelve(string moment, bool open)
    {
        At("aditi", moment).Availability.Should().Be(open ? Availability.Open : Availability.Closed);
    }

    [Fact]
    public void Availability_SpringForward_NextOpeningInSummerTime()
    {
        // Clocks go forward in the night of Saturday 28 to Sunday 29 March 2026.
        var referral = At("erkennings-bemiddelingscommissie", "2026-03-27T16:30:00+01:00");
        referral.OpensAt.Should().Be(Time("2026-03-30T09:00:00+02:00"));
        referral.OpensAt!.Value.Offset.Should().Be(TimeSpan.FromHours(2));
        referral.OpensAt.Value.UtcDateTime.Should().Be(new DateTime(2026, 3, 30, 7, 0, 0, DateTimeKind.Utc));
    }

    [Theory]
    [InlineData("2026-03-30T06:30:00Z", false)]
    [InlineData("2026-03-30T07:30:00Z", true)]
    [InlineData("2026-03-27T14:30:00Z", true)]
    [InlineData("2026-03-27T15:30:00Z", false)]
    public void Availability_AroundSpringForward_FollowsTheWallClock(string utc, bool open)
    {
        // 06:30 UTC on Monday is 08:30 in summer time (closed); 07:30 UTC is 09:30 (open).
        At("erkennings-bemiddelingscommissie", utc).Availability.Should().Be(open ? Availability.Open : Availability.Closed);
    }

    [Fact]
    public void Availability_FallBack_NextOpeningInWinterTime()
    {
        // Clocks go back in the night of Saturday 24 to Sunday 25 October 2026.
        var referral = At("1712", "2026-10-23T17:30:00+02:00");
        referral.OpensAt.Should().Be(Time("2026-10-26T09:00:00+01:00"));
        At("1712", "2026-10-26T07:30:00Z").Availability.Should().Be(Availability.Closed, "07:30 UTC is 08:30 in winter time");
        At("1712", "2026-10-26T08:30:00Z").Availability.Should().Be(Availability.Open);
    }

    [Theory]
    [InlineData("child-focus", "2026-11-29T03:00:00+01:00")]
    [InlineData("child-focus", "2026-03-29T02:30:00+02:00")]
    [InlineData("veilig-thuis", "2026-11-28T23:00:00+01:00")]
    [InlineData("politie", "2026-11-28T23:00:00Z")]
    public void Availability_AlwaysOpenLine_OpenWithoutTimes(string id, string moment)
    {
        var referral = At(id, moment);
        referral.Availability.Should().Be(Availability.Open);
        referral.OpensAt.Should().BeNull();
        referral.ClosesAt.Should().BeNull();
        referral.AvailabilityNote.Should().Be("Open now: day and night, every day.");
    }

    [Theory]
    [InlineData("clb")]
    [InlineData("intern-zorgoverleg")]
    [InlineData("veilig-huis")]
    public void Availability_NoHoursInTheSource_Unknown(string id)
    {
        var referral = At(id, "2026-11-27T10:00:00+01:00");
        referral.Availability.Should().Be(Availability.Unknown);
        referral.Hours.Should().BeNull();
        referral.OpensAt.Should().BeNull();
        referral.AvailabilityNote.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public void Availability_Dutch_NoteInDutch()
    {
        At("erkennings-bemiddelingscommissie", "2026-11-27T16:01:00+01:00", "nl").AvailabilityNote
            .Should().Be("Nu gesloten; opent maandag 30 november 2026 om 09:00.");
    }

    [Fact]
    public void Availability_NoClock_AllOpenNowFieldsNullAndAbsentFromJson()
    {
        var assessment = Assess.Incident(IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build());
        assessment.Referrals.Should().NotBeEmpty().And.OnlyContain(r => r.Availability == null && r.OpensAt == null && r.ClosesAt == null && r.AvailabilityNote == null);
        using var json = JsonDocument.Parse(SensoaJson.Serialize(assessment));
        foreach (var referral in json.RootElement.GetProperty("referrals").EnumerateArray())
        {
            referral.EnumerateObject().Select(p => p.Name).Should().Equal(
                "id", "name", "phone", "hours", "why", "whatTheyDo", "contact", "mail", "website");
        }
    }

    [Fact]
    public void Availability_WithClock_ContractFieldsFirstThenOpenNow()
    {
        var options = new AssessmentOptions { TimeProvider = new FakeTimeProvider(Time("2026-11-27T16:01:00+01:00")) };
        var assessment = Assess.Incident(IncidentBuilder.Flanders().YearsAgo(10).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build(), options);
        using var json = JsonDocument.Parse(SensoaJson.Serialize(assessment));
        var commission = json.RootElement.GetProperty("referrals").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "erkennings-bemiddelingscommissie");
        commission.EnumerateObject().Select(p => p.Name).Should().Equal(
            "id", "name", "phone", "hours", "why", "whatTheyDo", "contact", "mail", "website", "availability", "opensAt", "availabilityNote");
        commission.GetProperty("availability").GetString().Should().Be("closed");
        commission.GetProperty("opensAt").GetString().Should().Be("2026-11-30T09:00:00+01:00");
    }

    [Fact]
    public void Availability_WithClock_RoundTripsThroughStoredJson()
    {
        var options = new AssessmentOptions { TimeProvider = new FakeTimeProvider(Time("2026-03-27T16:30:00+01:00")) };
        var json = SensoaJson.Serialize(Assess.Incident(IncidentBuilder.Flanders().YearsAgo(10).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build(), options));
        var stored = SensoaJson.DeserializeAssessment(json);
        stored.Referrals.Single(r => r.Id == "erkennings-bemiddelingscommissie").OpensAt.Should().Be(Time("2026-03-30T09:00:00+02:00"));
        SensoaJson.Serialize(stored).Should().Be(json);
    }

    [Fact]
    public void Availability_ClockThenNoClock_NothingLeaksIntoTheNextAssessment()
    {
        var incident = IncidentBuilder.Flanders().YearsAgo(10).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build();
        Assess.Incident(incident, new AssessmentOptions { TimeProvider = new FakeTimeProvider(Time("2026-11-27T10:00:00+01:00")) })
            .Referrals.Should().OnlyContain(r => r.Availability != null);
        Assess.Incident(incident).Referrals.Should().OnlyContain(r => r.Availability == null && r.AvailabilityNote == null);
    }

    [Fact]
    public void Availability_OneAssessment_ReadsTheClockOnce()
    {
        var clock = new CountingClock(Time("2026-11-27T10:00:00+01:00"));
        Assess.Incident(IncidentBuilder.Flanders().At(Setting.Workplace).YearsAgo(10).Behaviour(IncidentBuilder.Criteria(CriterionRating.Red)).Build(), new AssessmentOptions { TimeProvider = clock });
        clock.Reads.Should().Be(1);
    }

    private sealed class CountingClock(DateTimeOffset now) : TimeProvider
    {
        public int Reads { get; private set; }

        public override DateTimeOffset GetUtcNow()
        {
            Reads++;
            return now.ToUniversalTime();
        }
    }
}
