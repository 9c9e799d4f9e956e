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
    // A referral without open-now fields depends only on the organisation and the language: built once, shared (records are immutable).
    private static readonly ConcurrentDictionary<(string Id, string Culture), Referral> Plain = new();

    // Parsing and merging the weekly hours once per organisation.
    private static readonly ConcurrentDictionary<WeeklyHours, OpeningSchedule> Schedules = new(ReferenceEqualityComparer.Instance);

    public static IReadOnlyList<Referral> Route(Incident incident, IReadOnlyList<BehaviourAssessment> assessed, AssessmentOptions options)
    {
        var situations = new IncidentSituations(incident, assessed);
        if (!situations.AnyConcern)
        {
            return [];
        }

        // One reading of the clock for the whole incident, so that every referral answers for the same moment.
        var now = options.Clock?.GetUtcNow();
        var organisations = ReferralDirectoryData.Organisations;
        var referrals = new List<Referral>(8);
        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            if (organisation.Jurisdiction == incident.Jurisdiction && AnyApplies(organisation.Situations, situations))
            {
                referrals.Add(ToReferral(organisation, options, now));
            }
        }

        return referrals;
    }

    /// <summary>A plain loop: <c>Situations.Any(situations.Applies)</c> would allocate a delegate per organisation per incident.</summary>
    private static bool AnyApplies(IReadOnlyList<RoutingSituation> served, IncidentSituations situations)
    {
        for (var i = 0; i < served.Count; i++)
        {
            if (situations.Applies(served[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static Referral ToReferral(OrganisationEntry organisation, AssessmentOptions options) =>
        ToReferral(organisation, options, options.Clock?.GetUtcNow());

    private static Referral ToReferral(OrganisationEntry organisation, AssessmentOptions options, DateTimeOffset? now)
    {
        var referral = Plain.GetOrAdd((organisation.Id, options.Culture.Name), static (_, args) => Build(args.Organisation, args.Culture), (Organisation: organisation, options.Culture));
        return now is { } moment ? WithAvailability(referral, organisation, moment, options) : referral;
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
            return referral with { Availability = Availability.Unknown, AvailabilityNote = GuidanceTexts.Get("availability.unknownHours", culture) };
        }

        if (TimeZones.Find(organisation.TimeZone) is not { } zone)
        {
            return referral with { Availability = Availability.Unknown, AvailabilityNote = GuidanceTexts.Format("availability.noTimeZone", culture, organisation.TimeZone) };
        }

        var state = Schedules.GetOrAdd(organisation.Hours, static hours => new OpeningSchedule(hours)).At(now, zone);
        var note = state switch
        {
            { Availability: Availability.Open, ClosesAt: null } => GuidanceTexts.Get("availability.alwaysOpen", culture),
            { Availability: Availability.Open, ClosesAt: { } closes } => GuidanceTexts.Format("availability.openUntil", culture, Clock(closes)),
            { Availability: Availability.Closed, OpensAt: { } opens } => GuidanceTexts.Format(
                "availability.closed",
                culture,
                GuidanceTexts.DayLong(opens.DayOfWeek, culture),
                opens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                Clock(opens)),
            _ => GuidanceTexts.Get("availability.unknownHours", culture),
        };
        return referral with { Availability = state.Availability, OpensAt = state.OpensAt, ClosesAt = state.ClosesAt, AvailabilityNote = note };
    }

    private static string Clock(DateTimeOffset moment) => moment.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
