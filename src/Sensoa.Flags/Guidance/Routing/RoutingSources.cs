using System.Globalization;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Localization;

namespace Sensoa.Flags.Guidance.Routing;

/// <summary>
/// What each referral condition of the routing rests on: one entry per organisation and situation it is routed for
/// (the pairs of the directory). Kept in code beside the router, not in the directory data, so that the data's facts
/// (names, phones, hours) and the reasons for routing can be checked apart; a test holds the two in step.
/// </summary>
internal static class RoutingSources
{
    private const string Advice = SourceDocuments.Advice;
    private const string Sexting = SourceDocuments.SextingDosAndDonts;
    private const string Library = SourceDocuments.Library;
    private const string OnlineIncidents = SourceDocuments.OnlineIncidents;

    /// <summary>Gets the document each pair rests on; the part is the text <c>routing.{id}.{situation}.source</c>, in English and Dutch.</summary>
    public static IReadOnlyDictionary<(string Id, RoutingSituation Situation), string> All { get; } =
        new Dictionary<(string, RoutingSituation), string>
        {
            [("clb", RoutingSituation.School)] = Advice,
            [("contactpersoon-integriteit", RoutingSituation.PolicyQuestions)] = Advice,
            [("child-focus", RoutingSituation.SextingWithMinor)] = Advice,
            [("igvm", RoutingSituation.SextingAdultsOnly)] = Advice,
            [("veilig-huis", RoutingSituation.FamilyViolence)] = Advice,
            [("vertrouwenscentrum-kindermishandeling", RoutingSituation.SuspectedChildAbuse)] = Advice,
            [("erkennings-bemiddelingscommissie", RoutingSituation.Historical)] = Advice,
            [("vertrouwenspersoon", RoutingSituation.Workplace)] = Advice,
            [("preventieadviseur", RoutingSituation.Workplace)] = Advice,
            [("vertrouwenspersoon", RoutingSituation.Colleagues)] = Advice,
            [("preventieadviseur", RoutingSituation.Colleagues)] = Advice,
            [("slachtofferhulp", RoutingSituation.Workplace)] = OnlineIncidents,
            [("aanspreekpersoon-integriteit", RoutingSituation.SportOrYouthWork)] = Advice,
            [("vlaams-meldpunt", RoutingSituation.AnyConcern)] = Advice,
            [("aditi", RoutingSituation.Disability)] = Advice,
            [("politie", RoutingSituation.AcuteDanger)] = Library,
            [("1712", RoutingSituation.AnyConcern)] = Library,
            [("intern-zorgoverleg", RoutingSituation.AnyConcern)] = Sexting,
            [("veilig-thuis", RoutingSituation.Serious)] = Sexting,
            [("zorg-en-veiligheidshuis", RoutingSituation.VerySerious)] = Sexting,
            [("politie", RoutingSituation.VerySerious)] = Sexting,
        };

    /// <summary>Gets the source of routing an organisation for a situation, its part in the language asked for.</summary>
    /// <exception cref="InvalidOperationException">The pair has no declared source (a test keeps the directory and this table in step).</exception>
    public static Provenance Of(string id, RoutingSituation situation, CultureInfo culture) =>
        All.TryGetValue((id, situation), out var document)
            ? new Provenance(document, Texts.Get(PartKey(id, situation), culture))
            : throw new InvalidOperationException(
                $"Referral '{id}' for '{Json.EnumNames.Of(situation)}' names no source: add its document to RoutingSources.All and its part as the text '{PartKey(id, situation)}' in English and Dutch.");

    /// <summary>Gets the resource key of the part a pair rests on.</summary>
    public static string PartKey(string id, RoutingSituation situation) => $"routing.{id}.{Json.EnumNames.Of(situation)}.source";
}
