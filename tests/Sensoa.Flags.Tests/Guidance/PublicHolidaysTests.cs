using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Guidance.Hours;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class PublicHolidaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2027, 3, 28)]
    [InlineData(2038, 4, 25)]
    public void Easter_KnownYears_Sunday(int year, int month, int day)
    {
        PublicHolidays.Easter(year).Should().Be(new DateOnly(year, month, day));
        PublicHolidays.Easter(year).DayOfWeek.Should().Be(DayOfWeek.Sunday);
    }

    [Theory]
    [InlineData("2026-01-01")] // New Year
    [InlineData("2026-04-06")] // Easter Monday
    [InlineData("2026-05-01")] // Labour Day
    [InlineData("2026-05-14")] // Ascension
    [InlineData("2026-05-25")] // Whit Monday
    [InlineData("2026-07-21")] // National Day
    [InlineData("2026-08-15")] // Assumption
    [InlineData("2026-11-01")] // All Saints
    [InlineData("2026-11-11")] // Armistice
    [InlineData("2026-12-25")] // Christmas
    [InlineData("2027-01-01")]
    [InlineData("2027-03-29")]
    [InlineData("2027-05-01")]
    [InlineData("2027-05-06")]
    [InlineData("2027-05-17")]
    [InlineData("2027-07-21")]
    [InlineData("2027-08-15")]
    [InlineData("2027-11-01")]
    [InlineData("2027-11-11")]
    [InlineData("2027-12-25")]
    public void IsBelgian_EachHolidayOf2026And2027_True(string date) =>
        PublicHolidays.IsBelgian(DateOnly.Parse(date, CultureInfo.InvariantCulture)).Should().BeTrue();

    [Theory]
    [InlineData("2026-01-01")] // Nieuwjaarsdag
    [InlineData("2026-04-05")] // Eerste Paasdag
    [InlineData("2026-04-06")] // Tweede Paasdag
    [InlineData("2026-04-27")] // Koningsdag
    [InlineData("2026-05-05")] // Bevrijdingsdag
    [InlineData("2026-05-14")] // Hemelvaartsdag
    [InlineData("2026-05-24")] // Eerste Pinksterdag
    [InlineData("2026-05-25")] // Tweede Pinksterdag
    [InlineData("2026-12-25")] // Eerste Kerstdag
    [InlineData("2026-12-26")] // Tweede Kerstdag
    [InlineData("2027-01-01")]
    [InlineData("2027-03-28")]
    [InlineData("2027-03-29")]
    [InlineData("2027-04-27")]
    [InlineData("2027-05-05")]
    [InlineData("2027-05-06")]
    [InlineData("2027-05-16")]
    [InlineData("2027-05-17")]
    [InlineData("2027-12-25")]
    [InlineData("2027-12-26")]
    public void IsDutch_EachHolidayOf2026And2027_True(string date) =>
        PublicHolidays.IsDutch(DateOnly.Parse(date, CultureInfo.InvariantCulture)).Should().BeTrue();

    [Fact]
    public void Lists_2026And2027_TenEachAndNothingElse()
    {
        foreach (var year in new[] { 2026, 2027 })
        {
            var days = Enumerable.Range(0, DateTime.IsLeapYear(year) ? 366 : 365).Select(i => new DateOnly(year, 1, 1).AddDays(i)).ToList();
            days.Count(PublicHolidays.IsBelgian).Should().Be(10);
            days.Count(PublicHolidays.IsDutch).Should().Be(10);
        }

        PublicHolidays.IsBelgian(new DateOnly(2026, 12, 26)).Should().BeFalse("Boxing Day is not a Belgian public holiday");
        PublicHolidays.IsDutch(new DateOnly(2026, 7, 21)).Should().BeFalse();
        PublicHolidays.IsBelgian(new DateOnly(2026, 4, 3)).Should().BeFalse("Good Friday is in neither list");
    }

    [Fact]
    public void KingsDay_OnASunday_TheSaturdayBefore()
    {
        PublicHolidays.IsDutch(new DateOnly(2025, 4, 26)).Should().BeTrue();
        PublicHolidays.IsDutch(new DateOnly(2025, 4, 27)).Should().BeFalse();
    }

    [Fact]
    public void Referral_OnChristmasMorning_WeekdayServiceClosedUntilAfterTheHoliday_24x7Open()
    {
        // Friday 25 December 2026, 10:00 in Brussels: on an ordinary Friday the reporting point would be open.
        var options = new AssessmentOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 12, 25, 10, 0, 0, TimeSpan.FromHours(1))) };

        var meldpunt = ReferralDirectory.Find("vlaams-meldpunt", options)!;
        meldpunt.Availability.Should().Be(Availability.Closed);
        meldpunt.OpensAt.Should().Be(new DateTimeOffset(2026, 12, 28, 9, 0, 0, TimeSpan.FromHours(1)));
        ReferralDirectory.Find("child-focus", options)!.Availability.Should().Be(Availability.Open);
    }

    [Fact]
    public void Referral_OnAscensionThursday_ClosedOpensFriday()
    {
        var options = new AssessmentOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2027, 5, 5, 18, 0, 0, TimeSpan.FromHours(2))) };

        var aditi = ReferralDirectory.Find("aditi", options)!;
        aditi.Availability.Should().Be(Availability.Closed);
        aditi.OpensAt.Should().Be(new DateTimeOffset(2027, 5, 7, 9, 0, 0, TimeSpan.FromHours(2)), "Thursday 6 May 2027 is Ascension Day");
    }

    [Fact]
    public void Referral_ClosedNoteInDutch_DateWrittenTheDutchWay()
    {
        var options = new AssessmentOptions
        {
            Culture = CultureInfo.GetCultureInfo("nl"),
            TimeProvider = new FakeTimeProvider(new DateTimeOffset(2026, 12, 25, 10, 0, 0, TimeSpan.FromHours(1))),
        };

        ReferralDirectory.Find("vlaams-meldpunt", options)!.AvailabilityNote.Should().Contain("maandag 28 december 2026");
    }
}
