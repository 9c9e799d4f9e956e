using System.Globalization;
using Sensoa.Flags.Guidance.Examples;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance;

/// <summary>
/// The worked examples shipped with the library (<c>Guidance/Data/examples.json</c>), written for it per age group and
/// setting, and the closest ones to a behaviour: step 4 of "how do I give a flag" (compare with a worked example).
/// </summary>
public static class WorkedExamples
{
    private static readonly Lazy<ExampleDocument> Document = new(Load);

    private static readonly Criterion[] AllCriteria = Enum.GetValues<Criterion>();

    // More than every other difference together (6 criteria x 3, age groups 3 x 2, setting and the three facts: 28), so
    // that what kind of behaviour it is decides first: a forwarded picture is compared with forwarded pictures, never
    // with hands-on abuse of a young child that happens to have similar criteria.
    private const int KindWeight = 30;

    /// <summary>What a difference in repetition or in a known boundary adds to the distance (version 3: was 1).</summary>
    private const int RepetitionWeight = 4;

    /// <summary>Gets where every worked example comes from, in a language: the library wrote them; they are not Sensoa's worked examples.</summary>
    /// <param name="culture">The language of the reason; null for English.</param>
    /// <returns>The library as the source, with its reason.</returns>
    public static Provenance Origin(CultureInfo? culture = null) =>
        new(Provenance.Library, Texts.Get("example.source", culture ?? AssessmentOptions.Default.Culture));

    /// <summary>Gets the version of the examples data.</summary>
    public static string Version => Document.Value.Version;

    /// <summary>Gets every example, in catalogue order.</summary>
    /// <param name="culture">The language of the descriptions; null for English.</param>
    /// <returns>The examples.</returns>
    public static IReadOnlyList<WorkedExample> All(CultureInfo? culture = null)
    {
        culture ??= AssessmentOptions.Default.Culture;
        return [.. Document.Value.Examples.Select(e => ToExample(e, culture))];
    }

    /// <summary>Gets the age group of an age in years.</summary>
    /// <param name="ageYears">The age at the time.</param>
    /// <returns>Under 6, 6 to 12, 12 to 18, or adult.</returns>
    public static AgeBand AgeBandOf(double ageYears) => ageYears switch
    {
        < 6 => AgeBand.UnderSix,
        < 12 => AgeBand.SixToTwelve,
        < 18 => AgeBand.TwelveToEighteen,
        _ => AgeBand.Adult,
    };

    /// <summary>
    /// Gets the examples closest to a behaviour, nearest first, ties in catalogue order. The distance is a whole number.
    /// What kind of behaviour it is weighs first: 30 when one involves sexting and the other does not (distributing
    /// images counts as sexting), 30 when one distributes someone else's images and the other does not, and 30 when one
    /// is hands-on and the other hands-off (left out when either is not known); that is more than all the rest together.
    /// Then the sum over the six criteria of the difference in level (green 0, yellow 1, red 2, black 3; a criterion rated
    /// unknown in the query is left out), plus 2 per age group apart, plus 1 when the setting differs, plus 1 for each of
    /// repetition after correction, an addressed earlier boundary and awareness that differs.
    /// </summary>
    /// <param name="query">The behaviour to compare.</param>
    /// <param name="count">How many examples to return (at least 1; at most the catalogue).</param>
    /// <param name="culture">The language of the descriptions; null for English.</param>
    /// <returns>The closest examples with their distance.</returns>
    public static IReadOnlyList<ExampleMatch> Closest(ExampleQuery query, int count = 3, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(query.Criteria);
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        culture ??= AssessmentOptions.Default.Culture;
        return [.. Document.Value.Examples
            .Select((entry, index) => (Entry: entry, Index: index, Distance: Distance(query, entry)))
            .OrderBy(m => m.Distance)
            .ThenBy(m => m.Index)
            .Take(count)
            .Select(m => new ExampleMatch(m.Distance, ToExample(m.Entry, culture)))];
    }

    /// <summary>Gets the examples closest to one behaviour of an incident (see <see cref="Closest(ExampleQuery, int, CultureInfo?)"/>).</summary>
    /// <param name="incident">The incident.</param>
    /// <param name="behaviourId">The id of the behaviour.</param>
    /// <param name="count">How many examples to return.</param>
    /// <param name="culture">The language of the descriptions; null for English.</param>
    /// <returns>The closest examples with their distance.</returns>
    /// <exception cref="ArgumentException">The incident has no such behaviour, or its actor is not among its people.</exception>
    public static IReadOnlyList<ExampleMatch> Closest(Incident incident, string behaviourId, int count = 3, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(behaviourId);
        var behaviour = incident.Behaviours.FirstOrDefault(b => b.Id == behaviourId)
            ?? throw new ArgumentException("The incident has no behaviour with that id.", nameof(behaviourId));
        var actor = incident.People.FirstOrDefault(p => p.Id == behaviour.ActorId)
            ?? throw new ArgumentException("The behaviour's actor is not among the incident's people.", nameof(incident));
        return Closest(
            new ExampleQuery
            {
                Criteria = behaviour.Criteria,
                AgeBand = AgeBandOf(actor.AgeYears),
                Setting = incident.Setting,
                InvolvesSexting = incident.InvolvesSexting || incident.Behaviours.Any(b => b.DistributesImages),
                DistributesImages = behaviour.DistributesImages,
                Intimacy = behaviour.Intimacy,
                Repeated = behaviour.Repeated,
                PriorSeriousAddressed = behaviour.PriorSeriousAddressed,
                AwareAtTheTime = behaviour.AwareAtTheTime,
            },
            count,
            culture);
    }

    private static ExampleDocument Load()
    {
        var document = ShippedData.Read("examples.json", GuidanceDataContext.Default.ExampleDocument);
        LocalizedText.RequireEveryLanguage("examples.json", document.Examples.Select(e => e.Description));
        return document;
    }

    private static int Distance(ExampleQuery query, ExampleEntry example)
    {
        var sexting = query.InvolvesSexting || query.DistributesImages;
        var distance = sexting == (example.InvolvesSexting || example.DistributesImages) ? 0 : KindWeight;
        distance += query.DistributesImages == example.DistributesImages ? 0 : KindWeight;
        distance += query.Intimacy is { } queried && example.Intimacy is { } written && queried != written ? KindWeight : 0;
        foreach (var criterion in AllCriteria)
        {
            if (query.Criteria[criterion].ToFlag() is { } asked && example.Criteria[criterion].ToFlag() is { } given)
            {
                distance += Math.Abs((int)asked - (int)given);
            }
        }

        distance += 2 * Math.Abs((int)query.AgeBand - (int)example.AgeBand);
        distance += query.Setting == example.Setting ? 0 : 1;
        // The same behaviour again, or after a known boundary, is part of what the behaviour is: it weighs as much as a
        // criterion a few levels apart, so that a repeated case finds repeated examples before one-off ones.
        distance += query.Repeated == example.Repeated ? 0 : RepetitionWeight;
        distance += query.PriorSeriousAddressed == example.PriorSeriousAddressed ? 0 : RepetitionWeight;
        distance += query.AwareAtTheTime == example.AwareAtTheTime ? 0 : 1;
        return distance;
    }

    private static WorkedExample ToExample(ExampleEntry entry, CultureInfo culture) => new()
    {
        Id = entry.Id,
        AgeBand = entry.AgeBand,
        ActorAgeYears = entry.ActorAgeYears,
        AffectedAgeYears = entry.AffectedAgeYears,
        Setting = entry.Setting,
        Description = entry.Description.In(culture),
        Criteria = entry.Criteria,
        Repeated = entry.Repeated,
        PriorSeriousAddressed = entry.PriorSeriousAddressed,
        AwareAtTheTime = entry.AwareAtTheTime,
        Intimacy = entry.Intimacy,
        DistributesImages = entry.DistributesImages,
        InvolvesSexting = entry.InvolvesSexting,
        ActorHasDisability = entry.ActorHasDisability,
        ActorLowFunctioning = entry.ActorLowFunctioning,
        ExpectedFlag = entry.ExpectedFlag,
        Source = Origin(culture),
        Attribution = Texts.Get("example.attribution", culture),
    };
}
