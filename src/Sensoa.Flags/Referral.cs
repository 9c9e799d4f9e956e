using System.Text.Json.Serialization;

namespace Sensoa.Flags;

/// <summary>An organisation to turn to for advice, with why it is listed for this incident.</summary>
public sealed record Referral
{
    /// <summary>Gets the stable id, for example <c>vlaams-meldpunt</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the organisation's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the phone number, or null when the source gives none.</summary>
    public string? Phone { get; init; }

    /// <summary>Gets the opening hours for people, or null when not known.</summary>
    public string? Hours { get; init; }

    /// <summary>Gets why it is listed for this incident.</summary>
    public required string Why { get; init; }

    /// <summary>Gets what the organisation does, in the chosen language.</summary>
    public string? WhatTheyDo { get; init; }

    /// <summary>Gets how to reach it when there is no phone number (through the school, the region's centre, ...).</summary>
    public string? Contact { get; init; }

    /// <summary>Gets the mail address, or null when the source gives none.</summary>
    public string? Mail { get; init; }

    /// <summary>Gets the website, or null when the source gives none.</summary>
    public string? Website { get; init; }

    /// <summary>Gets whether it is open at the time asked; absent from the JSON when no time was given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Availability? Availability { get; init; }

    /// <summary>Gets when it next opens (local time with offset) when closed; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? OpensAt { get; init; }

    /// <summary>Gets when it closes (local time with offset) when open and not 24/7; absent otherwise.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public DateTimeOffset? ClosesAt { get; init; }

    /// <summary>Gets the availability for people ("Closed now; opens Monday ..."); absent when no time was given.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AvailabilityNote { get; init; }
}
