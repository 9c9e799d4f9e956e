using System.Collections.Concurrent;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Guidance.Hours;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// Routes an assessed incident to the directory: nothing when every final flag is green and complete; otherwise every
/// organisation of the incident's jurisdiction that serves one of its situations, in the directory's fixed order.
/// </summary>
internal static class ReferralRouter
{
    // A referral without open-now fields depends only on the organisation and the language, and writing its hours and
    // texts costs more than the rest of routing: the directory's referrals are built once per culture, in the
    // directory's order, and shared (records are immutable; the open-now fields go on a copy).
    private static readonly ConcurrentDictionary<System.Globalization.CultureInfo, Referral[]> Plain = new();

    // Parsing and merging the weekly hours once per organisation.
    private static readonly ConcurrentDictionary<WeeklyHours, OpeningSchedule> Schedules = new(ReferenceEqualityComparer.Instance);

    public static IReadOnlyList<Referral> Route(Incident incident, IReadOnlyDictionary<string, Person> people, ReadOnlySpan<BehaviourAssessment> assessed, AssessmentOptions options)
    {
        var situations = IncidentSituations.Mask(incident, people, assessed);
        if (!IncidentSituations.Applies(situations, RoutingSituation.AnyConcern))
        {
            return [];
        }

        // One reading of the clock for the whole incident, so that every referral answers for the same moment.
        var now = options.TimeProvider?.GetUtcNow();
        var organisations = ReferralDirectoryData.Organisations;
        var built = Plain.GetOrAdd(options.Culture, static culture => [.. ReferralDirectoryData.Organisations.Select(o => Build(o, culture))]);
        var referrals = new List<Referral>(8);
        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            if (organisation.Jurisdiction == incident.Jurisdiction && organisation.Situations.Any(s => IncidentSituations.Applies(situations, s)))
            {
                referrals.Add(now is { } moment ? WithAvailability(built[i], organisation, moment, options) : built[i]);
            }
        }

        return referrals;
    }

    public static Referral ToReferral(OrganisationEntry organisation, AssessmentOptions options)
    {
        var referral = Build(organisation, options.Culture);
        return options.TimeProvider?.GetUtcNow() is { } moment ? WithAvailability(referral, organisation, moment, options) : referral;
    }

    private static Referral Build(OrganisationEntry organisation, System.Globalization.CultureInfo culture) =>
        new()
        {
            Id = organisation.Id,
            Name = organisation.Name.In(culture),
            Phone = organisation.Phone,
            Hours = HoursFormatter.Format(organisation.Hours, culture),
            Why = organisation.Why.In(culture),
            WhatTheyDo = organisation.WhatTheyDo.In(culture),
            Contact = organisation.Contact.In(culture),
            Mail = organisation.Mail,
            Website = organisation.Website,
        };

    private static Referral WithAvailability(Referral referral, OrganisationEntry organisation, DateTimeOffset now, AssessmentOptions options)
    {
        var culture = options.Culture;
        if (organisation.Hours is null)
        {
            return referral with { Availability = Availability.Unknown, AvailabilityNote = Texts.Get("availabilityNote.unknownHours", culture) };
        }

        if (TimeZones.Find(organisation.TimeZone) is not { } zone)
        {
            return referral with { Availability = Availability.Unknown, AvailabilityNote = Texts.Format("availabilityNote.noTimeZone", culture, organisation.TimeZone) };
        }

        var state = Schedules.GetOrAdd(organisation.Hours, static hours => new OpeningSchedule(hours)).At(now, zone, PublicHolidays.ForTimeZone(organisation.TimeZone));
        var note = state switch
        {
            { Availability: Availability.Open, ClosesAt: null } => Texts.Get("availabilityNote.alwaysOpen", culture),
            { Availability: Availability.Open, ClosesAt: { } closes } => Texts.Format("availabilityNote.openUntil", culture, Clock(closes)),
            { Availability: Availability.Closed, OpensAt: { } opens } => Texts.Format(
                "availabilityNote.closed",
                culture,
                Texts.DayLong(opens.DayOfWeek, culture),
                opens.ToString("d MMMM yyyy", culture), // written the reader's way: "30 november 2026"
                Clock(opens)),
            _ => Texts.Get("availabilityNote.unknownHours", culture),
        };
        return referral with { Availability = state.Availability, OpensAt = state.OpensAt, ClosesAt = state.ClosesAt, AvailabilityNote = note };
    }

    private static string Clock(DateTimeOffset moment) => moment.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
