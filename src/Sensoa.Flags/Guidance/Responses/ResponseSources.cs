namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// What the response steps rest on: the reaction guide's parts, other published parts, and the library's reasons. The
/// parts are texts <c>responseSource.*</c> in English and Dutch; the documents keep their published titles.
/// </summary>
internal static class ResponseSources
{
    private const string Flags = SourceDocuments.Flags;
    private const string Sexting = SourceDocuments.SextingDosAndDonts;
    private const string Library = SourceDocuments.Library;
    private const string GuideDocument = SourceDocuments.ReactionGuide;

    /// <summary>The reaction guide as a whole: what it sets per flag rather than under one of its steps.</summary>
    public static readonly StepSource ReactionGuide = new(GuideDocument, "responseSource.reactionGuide");

    /// <summary>Under the pitfall about the victim, what to make clear to the person affected.</summary>
    public static readonly StepSource VictimPitfall = new(Flags, "responseSource.victimPitfall");

    /// <summary>Under the red flag: repeated light behaviour counts as serious.</summary>
    public static readonly StepSource RedFlag = new(Flags, "responseSource.redFlag");

    /// <summary>Under the black flag: repeated serious behaviour counts as very serious.</summary>
    public static readonly StepSource BlackFlag = new(Flags, "responseSource.blackFlag");

    /// <summary>The do's for sexting incidents (the Netherlands).</summary>
    public static readonly StepSource SextingDos = new(Sexting, "responseSource.sextingDos");

    /// <summary>The don'ts for sexting incidents (the Netherlands).</summary>
    public static readonly StepSource SextingDonts = new(Sexting, "responseSource.sextingDonts");

    /// <summary>Step 5 of the reporting code, as the sexting text gives it (the Netherlands).</summary>
    public static readonly StepSource ReportingCodeStep5 = new(Sexting, "responseSource.reportingCodeStep5");

    /// <summary>Recording, red and black.</summary>
    public static readonly StepSource Record = new(Library, "responseSource.record");

    /// <summary>The Flemish note on the police: no duty or right of the library's own, a pointer to consulting and the police for acute danger.</summary>
    public static readonly StepSource PoliceFlanders = new(Library, "responseSource.policeFlanders");

    /// <summary>The words of a reaction-guide step for one flag and role: the library's, the kind is the guide's (<see cref="Guide"/>).</summary>
    public static readonly StepSource Wording = new(Library, "responseSource.wording");

    /// <summary>Consulting a service before anyone at home is told, when a parent, relative or partner may be the actor.</summary>
    public static readonly StepSource ConsultFirst = new(Library, "responseSource.consultFirst");

    /// <summary>The Netherlands since 2019: the reporting code's assessment framework (the library's addition, with its law).</summary>
    public static readonly StepSource ReportingNorm2019 = new(Library, "responseSource.reportingNorm2019");

    /// <summary>The Netherlands: a school's duty when a staff member may have committed a sexual offence against a pupil (the library's addition, with its law).</summary>
    public static readonly StepSource StaffOffence = new(Library, "responseSource.staffOffence");

    /// <summary>What bystanders of black behaviour keep to themselves.</summary>
    public static readonly StepSource Discretion = new(Library, "responseSource.discretion");

    /// <summary>The parents' steps the reaction guide does not set.</summary>
    public static readonly StepSource Parents = new(Library, "responseSource.parents");

    /// <summary>Bystanders and parents before any criterion is rated.</summary>
    public static readonly StepSource NoFlagYet = new(Library, "responseSource.noFlagYet");

    private static readonly StepSource[] GuideSteps =
    [
        new(GuideDocument, "responseSource.guide.gatherInformation"),
        ReactionGuide,
        new(GuideDocument, "responseSource.guide.name"),
        new(GuideDocument, "responseSource.guide.ask"),
        new(GuideDocument, "responseSource.guide.affirm"),
        new(GuideDocument, "responseSource.guide.setLimit"),
        new(GuideDocument, "responseSource.guide.agree"),
        new(GuideDocument, "responseSource.guide.consequences"),
        new(GuideDocument, "responseSource.guide.aftercare"),
    ];

    /// <summary>Gets every source, for the completeness tests.</summary>
    public static IEnumerable<StepSource> All =>
        [ReactionGuide, VictimPitfall, RedFlag, BlackFlag, SextingDos, SextingDonts, ReportingCodeStep5, Record, PoliceFlanders, Wording, ConsultFirst, ReportingNorm2019, StaffOffence, Discretion, Parents, NoFlagYet, .. GuideSteps];

    /// <summary>
    /// The part of the reaction guide for one of its own steps; the guide as a whole for stopping the behaviour (which it
    /// sets per flag rather than as a step) and for the steps around them.
    /// </summary>
    public static StepSource Guide(ResponseStepKind kind) =>
        (int)kind < GuideSteps.Length ? GuideSteps[(int)kind] : ReactionGuide;
}
