using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class LocalMomentTests
{
    [Theory]
    [InlineData("2026-11-27T15:59", "2026-11-27T15:59:00+01:00")]
    [InlineData("2026-07-01T10:30:15", "2026-07-01T10:30:15+02:00")]
    [InlineData("2026-10-25T02:30", "2026-10-25T02:30:00+02:00")]
    [InlineData("2026-11-27T14:59Z", "2026-11-27T14:59:00+00:00")]
    [InlineData("2026-11-27T09:59:00.5-05:00", "2026-11-27T09:59:00.5000000-05:00")]
    public void TryParse_AcceptedForm_TheMoment(string text, string expected)
    {
        LocalMoment.TryParse(text, out var moment, out var problem).Should().BeTrue(problem);
        moment.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
        moment.Offset.Should().Be(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture).Offset);
    }

    [Theory]
    [InlineData(null, "not an ISO 8601 date-time")]
    [InlineData("2026-11-27", "not an ISO 8601 date-time")]
    [InlineData("2026-13-01T10:00", "not an ISO 8601 date-time")]
    [InlineData("9999-12-31T23:59", "out of range")]
    [InlineData("0001-01-01T00:00", "out of range")]
    [InlineData("2026-11-27T10:00+15:00", "the offset is out of range")]
    [InlineData("2026-03-29T02:30", "that time does not exist in Brussels")]
    public void TryParse_Refused_SaysWhy(string? text, string why)
    {
        LocalMoment.TryParse(text, out _, out var problem).Should().BeFalse();
        problem.Should().StartWith(why);
    }
}
