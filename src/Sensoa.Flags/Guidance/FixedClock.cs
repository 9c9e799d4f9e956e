namespace Sensoa.Flags.Guidance;

/// <summary>
/// A clock that always says one moment: the command line's <c>--at</c> and the HTTP API's <c>at</c> (both read by
/// <see cref="LocalMoment"/>) become this <see cref="AssessmentOptions.TimeProvider"/>, so that "open now" is reproducible.
/// </summary>
/// <param name="moment">The moment it says.</param>
internal sealed class FixedClock(DateTimeOffset moment) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => moment.ToUniversalTime();
}
