using Sensoa.Flags.Guidance.Directory;

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

    /// <summary>Gets the sources by organisation id and situation.</summary>
    public static IReadOnlyDictionary<(string Id, RoutingSituation Situation), Provenance> All { get; } =
        new Dictionary<(string, RoutingSituation), Provenance>
        {
            [("clb", RoutingSituation.School)] = new(Advice, "situations in education: a teacher with questions about boundary-crossing behaviour in class or at school turns first to the school's CLB, which helps to judge it and plan the next steps"),
            [("contactpersoon-integriteit", RoutingSituation.PolicyQuestions)] = new(Advice, "situations in education: the contact persons for integrity of the educational umbrella organisations and CLB networks answer questions and support policy, training and methods; a policy question, so never routed from one incident"),
            [("child-focus", RoutingSituation.SextingWithMinor)] = new(Advice, "sexting that crossed a boundary: with a minor involved, Child Focus advises on the steps, refers on, and can get images taken offline"),
            [("igvm", RoutingSituation.SextingAdultsOnly)] = new(Advice, "sexting that crossed a boundary: when it concerns an adult, the Institute for the Equality of Women and Men helps with the next steps"),
            [("veilig-huis", RoutingSituation.FamilyAdultsSerious)] = new(Advice, "violence within the family: sexual violence between spouses or people living together, one Veilig Huis per province; read by the library as the family setting, everyone adult, a red or black behaviour"),
            [("vertrouwenscentrum-kindermishandeling", RoutingSituation.SeriousTowardsMinor)] = new(Advice, "violence within the family, 'Vermoed je kindermishandeling': a suspicion of child abuse goes to the Vertrouwenscentrum Kindermishandeling; a red or black behaviour affecting someone under 18 is such a suspicion, whoever the actor"),
            [("erkennings-bemiddelingscommissie", RoutingSituation.Historical)] = new(Advice, "boundary-crossing behaviour from the past: the commission plays a role for situations at least 10 years ago that happened in Flanders"),
            [("vertrouwenspersoon", RoutingSituation.Workplace)] = new(Advice, "boundary-crossing behaviour at the workplace: the internal confidential counsellor listens and advises, anonymously"),
            [("preventieadviseur", RoutingSituation.Workplace)] = new(Advice, "boundary-crossing behaviour at the workplace: for outside advice, the external prevention adviser for psychosocial aspects"),
            [("aanspreekpersoon-integriteit", RoutingSituation.SportOrYouthWork)] = new(Advice, "other situations: sectors such as sport and youth work have an Aanspreekpersoon Integriteit who can advise"),
            [("vlaams-meldpunt", RoutingSituation.AnyConcern)] = new(Advice, "other situations: the Vlaams Meldpunt can always be contacted about violence, discriminatory intimidation, bullying and sexual boundary crossing, so it is listed with every concern"),
            [("aditi", RoutingSituation.Disability)] = new(Advice, "boundary-crossing behaviour by people with a disability: professionals can always turn to Aditi vzw for support with incidents"),
            [("1712", RoutingSituation.AnyConcern)] = new(Library, "not in the sources: 1712 is Flanders' public helpline for violence and abuse, the general entry point, so the library lists it with every Flemish concern"),
            [("intern-zorgoverleg", RoutingSituation.AnyConcern)] = new(Sexting, "the reporting code's approach, step 2: every signal is discussed with a colleague and the internal care structure (IB-er, SMW, ZAT) first"),
            [("veilig-thuis", RoutingSituation.Serious)] = new(Sexting, "the reporting code's approach, step 2: consult an expert such as the AMK, now Veilig Thuis; the library routes it for red or black, its reading of when an expert is needed (step 4 asks for experts when in doubt)"),
            [("zorg-en-veiligheidshuis", RoutingSituation.VerySerious)] = new(Sexting, "the approach through the Zorg- en Veiligheidshuis: the incident goes to a fitting consultation such as the Scenario Team Seksueel Geweld, scaled up to a process director where needed; the library routes it for black"),
            [("politie", RoutingSituation.VerySerious)] = new(Sexting, "the reporting code's approach, steps 2 and 5 and the do's: the vice police as an expert, a report as one outcome, and whether images must be kept or deleted; the library routes it for black"),
        };

    /// <summary>Gets the source of routing an organisation for a situation.</summary>
    /// <exception cref="InvalidOperationException">The pair has no declared source (a test keeps the directory and this table in step).</exception>
    public static Provenance Of(string id, RoutingSituation situation) =>
        All.TryGetValue((id, situation), out var source)
            ? source
            : throw new InvalidOperationException($"Referral '{id}' for '{Json.EnumNames.Of(situation)}' names no source.");
}
