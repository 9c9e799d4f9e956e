using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Tests.Guidance;

public sealed class FixedTimeProviderTests
{
    [Fact]
    public void GetUtcNow_MomentWithOffset_TheSameMomentInUtcEveryTime()
    {
        var moment = new DateTimeOffset(2026, 3, 5, 23, 40, 0, TimeSpan.FromHours(1));
        var time = new FixedTimeProvider(moment);

        time.GetUtcNow().Should().Be(moment);
        time.GetUtcNow().Offset.Should().Be(TimeSpan.Zero);
        time.GetUtcNow().Should().Be(time.GetUtcNow());
    }
}
