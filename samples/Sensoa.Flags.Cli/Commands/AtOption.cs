using System.CommandLine;
using System.CommandLine.Parsing;
using Sensoa.Flags.Guidance;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>--at &lt;ISO date-time&gt;</c>: the moment for "open now", read by the library's <see cref="LocalMoment"/> (the same
/// forms as the HTTP API's <c>at</c>; without an offset it is Brussels time). Without the option there is no clock and
/// the output has no open-now fields.
/// </summary>
internal static class AtOption
{
    public static Option<DateTimeOffset?> Create() => new("--at")
    {
        Description = "The moment for 'open now', ISO 8601, e.g. 2026-11-27T15:59+01:00 (no offset: Brussels time).",
        CustomParser = Parse,
    };

    public static TimeProvider? Clock(DateTimeOffset? moment) => moment is { } value ? new FixedTimeProvider(value) : null;

    private static DateTimeOffset? Parse(ArgumentResult result)
    {
        var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
        if (LocalMoment.TryParse(text, out var moment, out var problem))
        {
            return moment;
        }

        result.AddError("--at: " + problem);
        return null;
    }
}
