namespace Sensoa.Flags.Guidance.Responses;

/// <summary>What the response steps rest on: the reaction guide's parts, other published parts, and the library's reasons.</summary>
internal static class ResponseSources
{
    private const string Flags = SourceDocuments.Flags;
    private const string Sexting = SourceDocuments.SextingDosAndDonts;
    private const string Library = SourceDocuments.Library;

    /// <summary>The reaction guide as a whole: what it sets per flag rather than under one of its steps.</summary>
    public static readonly Provenance ReactionGuide = new(SourceDocuments.ReactionGuide, "the reaction per flag, from green to black");

    /// <summary>Under the pitfall about the victim, what to make clear to the person affected.</summary>
    public static readonly Provenance VictimPitfall = new(Flags, "Valkuilen bij het geven van een vlag, “Wat met het slachtoffer …?”: the flag is about the other person's behaviour, the other person is responsible and has to change, and the victim's own experience is listened to");

    /// <summary>Under the red flag: repeated light behaviour counts as serious.</summary>
    public static readonly Provenance RedFlag = new(Flags, "Rode vlag: lightly boundary-crossing behaviour that is repeated counts as serious");

    /// <summary>Under the black flag: repeated serious behaviour counts as very serious.</summary>
    public static readonly Provenance BlackFlag = new(Flags, "Zwarte vlag: serious behaviour that is repeated counts as very serious");

    /// <summary>The do's for sexting incidents (the Netherlands).</summary>
    public static readonly Provenance SextingDos = new(Sexting, "Do's: zero tolerance for passing images on; ask the vice police whether images must be kept or deleted");

    /// <summary>The don'ts for sexting incidents (the Netherlands).</summary>
    public static readonly Provenance SextingDonts = new(Sexting, "Don'ts: never blame the victim; showing or passing on images against someone's will is what is wrong");

    /// <summary>Step 5 of the reporting code, as the sexting text gives it (the Netherlands).</summary>
    public static readonly Provenance ReportingCodeStep5 = new(Sexting, "Aanpak zoals bekend van de meldcode, stap 5: organise help, call in other professionals, or make a report (melding/aangifte)");

    /// <summary>Recording, red and black.</summary>
    public static readonly Provenance Record = new(Library, "not in the sources: the library records red internally, and black internally and with an outside service, so that the file shows what was done");

    /// <summary>The Flemish note on going to the police.</summary>
    public static readonly Provenance NoDutyToReport = new(Library, "not in the sources: in Flanders professional secrecy gives a right to speak, not a duty to report, so the library says to weigh going to the police with a specialised service");

    /// <summary>What bystanders of black behaviour keep to themselves.</summary>
    public static readonly Provenance Discretion = new(Library, "not in the sources: what witnesses know goes to the professional and the services only, which protects the person affected and any later inquiry");

    /// <summary>The parents' steps the reaction guide does not set.</summary>
    public static readonly Provenance Parents = new(Library, "not in the sources for this flag: the parents or guardians of a minor, or of someone who depends on them, are among the people a professional talks to");

    /// <summary>Bystanders and parents before any criterion is rated.</summary>
    public static readonly Provenance NoFlagYet = new(Library, "not in the sources: before any criterion is rated, share only what is needed and decide with a colleague who must know now");

    private static readonly Provenance[] GuideSteps =
    [
        new(SourceDocuments.ReactionGuide, "Informatie verzamelen: what is still unknown, whom to talk to, who talks and what to ask"),
        ReactionGuide,
        new(SourceDocuments.ReactionGuide, "Gedrag benoemen: say what you see or hear, so that those involved have words for it"),
        new(SourceDocuments.ReactionGuide, "Gedrag bevragen: explore their thoughts, feelings and wishes with an open mind, without judging"),
        new(SourceDocuments.ReactionGuide, "Gedrag bevestigen: confirm what is fine and say why"),
        new(SourceDocuments.ReactionGuide, "Grenzen stellen: set a limit on what is not fine and say why"),
        new(SourceDocuments.ReactionGuide, "Afspraken maken: agree on what happens instead"),
        new(SourceDocuments.ReactionGuide, "Consequenties: consequences that fit the behaviour"),
        new(SourceDocuments.ReactionGuide, "Nazorg: support in the time after"),
    ];

    /// <summary>
    /// The part of the reaction guide for one of its own steps; the guide as a whole for stopping the behaviour (which it
    /// sets per flag rather than as a step) and for the steps around them.
    /// </summary>
    public static Provenance Guide(ResponseStepKind kind) =>
        (int)kind < GuideSteps.Length ? GuideSteps[(int)kind] : ReactionGuide;
}
