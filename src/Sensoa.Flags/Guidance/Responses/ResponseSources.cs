namespace Sensoa.Flags.Guidance.Responses;

/// <summary>The published texts the responses restate, by publisher, title and section.</summary>
internal static class ResponseSources
{
    /// <summary>The title of Sensoa's reaction guide for the flag system (the "reactiewijzer").</summary>
    public const string ReactionGuideTitle = "Reageren op seksueel gedrag met de reactiewijzer van het Vlaggensysteem";

    private const string FlagsTitle = "Wat zijn de vlaggen van het Vlaggensysteem?";

    private const string SextingTitle = "Do's & Don'ts voor professionals: Hoe te handelen bij sexting?";

    /// <summary>The reaction guide as a whole: what it says per flag rather than under one of its steps.</summary>
    public static readonly SourceReference ReactionGuide = new("Sensoa", ReactionGuideTitle, null);

    /// <summary>Under the pitfall about the victim, what to make clear to the person affected.</summary>
    public static readonly SourceReference VictimPitfall = new("Sensoa", FlagsTitle, "Valkuilen bij het geven van een vlag, “Wat met het slachtoffer …?”");

    /// <summary>Under the red flag: repeated light behaviour counts as serious.</summary>
    public static readonly SourceReference RedFlag = new("Sensoa", FlagsTitle, "Rode vlag");

    /// <summary>Under the black flag: repeated serious behaviour counts as very serious.</summary>
    public static readonly SourceReference BlackFlag = new("Sensoa", FlagsTitle, "Zwarte vlag");

    /// <summary>The do's for sexting incidents (the Netherlands).</summary>
    public static readonly SourceReference SextingDos = new("Onuitwisbaar", SextingTitle, "Do's");

    /// <summary>The don'ts for sexting incidents (the Netherlands).</summary>
    public static readonly SourceReference SextingDonts = new("Onuitwisbaar", SextingTitle, "Don'ts");

    /// <summary>Step 5 of the reporting code, as the sexting text gives it (the Netherlands).</summary>
    public static readonly SourceReference ReportingCodeStep5 = new("Onuitwisbaar", SextingTitle, "Aanpak zoals bekend van de meldcode, stap 5");

    private static readonly SourceReference[] GuideSteps =
    [
        new("Sensoa", ReactionGuideTitle, "Informatie verzamelen"),
        ReactionGuide,
        new("Sensoa", ReactionGuideTitle, "Gedrag benoemen"),
        new("Sensoa", ReactionGuideTitle, "Gedrag bevragen"),
        new("Sensoa", ReactionGuideTitle, "Gedrag bevestigen"),
        new("Sensoa", ReactionGuideTitle, "Grenzen stellen"),
        new("Sensoa", ReactionGuideTitle, "Afspraken maken"),
        new("Sensoa", ReactionGuideTitle, "Consequenties"),
        new("Sensoa", ReactionGuideTitle, "Nazorg"),
    ];

    /// <summary>
    /// The part of the reaction guide for one of its own steps; the guide as a whole for stopping the behaviour (which it
    /// sets per flag rather than as a step) and for the steps around them.
    /// </summary>
    public static SourceReference Guide(ResponseStepKind kind) =>
        (int)kind < GuideSteps.Length ? GuideSteps[(int)kind] : ReactionGuide;
}
