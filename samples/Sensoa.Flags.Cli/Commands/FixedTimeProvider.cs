namespace Sensoa.Flags.Cli.Commands;

/// <summary>A clock that always says the moment given with <c>--at</c>, so that the output stays reproducible.</summary>
internal sealed class FixedTimeProvider : TimeProvider
{
    private readonly DateTimeOffset moment;

    public FixedTimeProvider(DateTimeOffset moment)
    {
        this.moment = moment;
    }

    public override DateTimeOffset GetUtcNow() => moment.ToUniversalTime();
}
