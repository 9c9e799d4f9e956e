namespace Sensoa.Flags.Guidance.Directory;

/// <summary>One organisation of the directory, its hours as data and its texts by their keys in the library's table.</summary>
internal sealed record OrganisationEntry
{
    public required string Id { get; init; }

    public required Jurisdiction Jurisdiction { get; init; }

    /// <summary>Gets where the facts come from; "not in the sources" marks facts the library adds, to check.</summary>
    public required string Source { get; init; }

    public required LocalizedText Name { get; init; }

    public required LocalizedText WhatTheyDo { get; init; }

    public required LocalizedText Contact { get; init; }

    public required LocalizedText Why { get; init; }

    public string? Phone { get; init; }

    public string? Mail { get; init; }

    public string? Website { get; init; }

    public required string TimeZone { get; init; }

    /// <summary>Gets the opening hours, or null when the source gives none.</summary>
    public WeeklyHours? Hours { get; init; }

    /// <summary>Gets the situations it serves (routing names, see <see cref="RoutingSituation"/>).</summary>
    public required IReadOnlyList<RoutingSituation> Situations { get; init; }

    /// <summary>Gets every text of the organisation, the hours' note included.</summary>
    public IEnumerable<LocalizedText> Texts => Hours?.Note is { } note ? [Name, WhatTheyDo, Contact, Why, note] : [Name, WhatTheyDo, Contact, Why];
}
