namespace Sensoa.Flags.Guidance.Directory;

/// <summary>Opening hours as data: always open, or weekly intervals in the organisation's time zone.</summary>
internal sealed record WeeklyHours
{
    public bool AlwaysOpen { get; init; }

    public IReadOnlyList<WeeklyInterval> Weekly { get; init; } = [];

    /// <summary>Gets a remark for people (another channel, holidays), or null when the data's <c>note</c> is not true.</summary>
    public LocalizedText? Note { get; init; }
}
