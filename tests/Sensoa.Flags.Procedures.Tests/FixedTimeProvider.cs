namespace Sensoa.Flags.Procedures.Tests;

/// <summary>
/// A clock that says what the test tells it, in a fixed zone (+01:00), and moves only when told, backwards too (the
/// logbook tests set the clock back; FakeTimeProvider refuses that, which is why this test clock exists).
/// </summary>
internal sealed class FixedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private static readonly TimeZoneInfo Brussels = TimeZoneInfo.CreateCustomTimeZone("test+01", TimeSpan.FromHours(1), "test+01", "test+01");

    public DateTimeOffset Now { get; private set; } = start;

    public override TimeZoneInfo LocalTimeZone => Brussels;

    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    public void Advance(TimeSpan by) => Now += by;
}
