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
    private static readonly int Situations = Enum.GetValues<RoutingSituation>().Length;

    // A referral without open-now fields depends only on the organisation and the language: built once, shared (records
    // are immutable). Kept by the organisation's index in the directory, so routing finds it without hashing.
    private static readonly CultureCache<Referral> Plain =
        new(ReferralDirectoryData.Organisations.Count, static (culture, i) => Build(ReferralDirectoryData.Organisations[i], culture));

    // Without a clock the whole list depends only on the language, the jurisdiction and which situations apply: built
    // once per combination and shared read-only, so routing an incident allocates nothing.
    private static readonly CultureCache<IReadOnlyList<Referral>> Lists = new(2 << Situations, BuildList);

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
        if (now is null && incident.Jurisdiction is Jurisdiction.Flanders or Jurisdiction.Netherlands)
        {
            return Lists.Get(options.Culture, ((int)incident.Jurisdiction << Situations) | situations);
        }

        var organisations = ReferralDirectoryData.Organisations;
        var referrals = new List<Referral>(8);
        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            if (organisation.Jurisdiction == incident.Jurisdiction && AnyApplies(organisation.Situations, situations))
            {
                var referral = Plain.Get(options.Culture, i);
                referrals.Add(now is { } moment ? WithAvailability(referral, organisation, moment, options) : referral);
            }
        }

        return referrals;
    }

    private static IReadOnlyList<Referral> BuildList(System.Globalization.CultureInfo culture, int key)
    {
        var jurisdiction = (Jurisdiction)(key >> Situations);
        var mask = key & ((1 << Situations) - 1);
        var organisations = ReferralDirectoryData.Organisations;
        var referrals = new List<Referral>();
        for (var i = 0; i < organisations.Count; i++)
        {
            var organisation = organisations[i];
            if (organisation.Jurisdiction == jurisdiction && organisation.Situations.Any(s => (mask & (1 << (int)s)) != 0))
            {
                referrals.Add(Plain.Get(culture, i));
            }
        }

        return referrals.AsReadOnly();
    }

    /// <summary>A plain loop: <c>Situations.Any(situations.Applies)</c> would allocate a delegate per organisation per incident.</summary>
    private static bool AnyApplies(IReadOnlyList<RoutingSituation> served, int situations)
    {
        for (var i = 0; i < served.Count; i++)
        {
            if (IncidentSituations.Applies(situations, served[i]))
            {
                return true;
            }
        }

        return false;
    }

    public static Referral ToReferral(OrganisationEntry organisation, AssessmentOptions options)
    {
        var index = IndexOf(organisation);
        var referral = index < 0 ? Build(organisation, options.Culture) : Plain.Get(options.Culture, index);
        return options.TimeProvider?.GetUtcNow() is { } moment ? WithAvailability(referral, organisation, moment, options) : referral;
    }

    private static int IndexOf(OrganisationEntry organisation)
    {
        var organisations = ReferralDirectoryData.Organisations;
        for (var i = 0; i < organisations.Count; i++)
        {
            if (ReferenceEquals(organisations[i], organisation))
            {
                return i;
            }
        }

        return -1;
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
