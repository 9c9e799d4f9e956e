namespace Sensoa.Flags.Guidance;

/// <summary>
/// A <see cref="TimeProvider"/> that always gives one moment, for <see cref="AssessmentOptions.TimeProvider"/>: an
/// assessment "as of" that moment says which services are open then, and says it the same way on every run. The command
/// line's <c>--at</c> and the HTTP API's <c>at</c> (both read by <see cref="LocalMoment"/>) use it.
/// </summary>
/// <param name="moment">The moment it gives.</param>
public sealed class FixedTimeProvider(DateTimeOffset moment) : TimeProvider
{
    /// <summary>Gets the moment, in UTC.</summary>
    /// <returns>The moment given to the constructor, as UTC.</returns>
    public override DateTimeOffset GetUtcNow() => moment.ToUniversalTime();
}
