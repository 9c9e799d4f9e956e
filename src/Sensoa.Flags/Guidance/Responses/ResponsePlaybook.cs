using Sensoa.Flags.Json;
using K = Sensoa.Flags.ResponseStepKind;

namespace Sensoa.Flags.Guidance.Responses;

/// <summary>
/// The steps of a reaction per flag and role, in order, after the steps of Sensoa's reaction guide (gather information,
/// name, ask, affirm, set a limit, agree, consequences, aftercare), each with its kind and source. The texts are in
/// <c>Texts.resx</c> under <c>response.{flag}.{role}.{step}</c>. Nothing here asks the person affected to change:
/// limits, agreements and consequences are for the person whose behaviour it is.
/// </summary>
internal static class ResponsePlaybook
{
    private const string NetherlandsSuffix = ".netherlands";

    /// <summary>What to tell the person affected by any boundary-crossing behaviour, always (the flags' pitfall about the victim).</summary>
    public static readonly PlaybookStep[] AffectedMessages =
    [
        new("response.affected.notAboutYou", K.Reassure, ResponseSources.VictimPitfall),
        new("response.affected.notYourFault", K.Reassure, ResponseSources.VictimPitfall),
        new("response.affected.feelingCounts", K.Reassure, ResponseSources.VictimPitfall),
    ];

    private static readonly Dictionary<(Flag, ResponseRole), PlaybookStep[]> Table = new()
    {
        [(Flag.Green, ResponseRole.Actor)] =
        [
            Guide(Flag.Green, ResponseRole.Actor, "letBe", K.Stop),
            Guide(Flag.Green, ResponseRole.Actor, "name", K.Name),
            Guide(Flag.Green, ResponseRole.Actor, "affirm", K.Affirm),
            Guide(Flag.Green, ResponseRole.Actor, "inform", K.Inform),
        ],
        [(Flag.Green, ResponseRole.Affected)] =
        [
            Guide(Flag.Green, ResponseRole.Affected, "affirm", K.Affirm),
            Guide(Flag.Green, ResponseRole.Affected, "inform", K.Inform),
        ],
        [(Flag.Green, ResponseRole.Bystanders)] =
        [
            Guide(Flag.Green, ResponseRole.Bystanders, "explain", K.Inform),
            Guide(Flag.Green, ResponseRole.Bystanders, "answer", K.Inform),
        ],
        [(Flag.Green, ResponseRole.Parents)] =
        [
            Library(Flag.Green, ResponseRole.Parents, "explain", K.Inform, ResponseSources.Parents),
            Library(Flag.Green, ResponseRole.Parents, "inform", K.Inform, ResponseSources.Parents),
        ],
        [(Flag.Yellow, ResponseRole.Actor)] =
        [
            Guide(Flag.Yellow, ResponseRole.Actor, "gather", K.GatherInformation),
            Guide(Flag.Yellow, ResponseRole.Actor, "stop", K.Stop),
            Guide(Flag.Yellow, ResponseRole.Actor, "name", K.Name),
            Guide(Flag.Yellow, ResponseRole.Actor, "ask", K.Ask),
            Guide(Flag.Yellow, ResponseRole.Actor, "affirm", K.Affirm),
            Guide(Flag.Yellow, ResponseRole.Actor, "limit", K.SetLimit),
            Guide(Flag.Yellow, ResponseRole.Actor, "agree", K.Agree),
            new(Key(Flag.Yellow, ResponseRole.Actor, "repeat"), K.Consequences, ResponseSources.RedFlag),
        ],
        [(Flag.Yellow, ResponseRole.Affected)] =
        [
            Guide(Flag.Yellow, ResponseRole.Affected, "ask", K.Ask),
            .. AffectedMessages,
            Guide(Flag.Yellow, ResponseRole.Affected, "aftercare", K.Aftercare),
        ],
        [(Flag.Yellow, ResponseRole.Bystanders)] =
        [
            Guide(Flag.Yellow, ResponseRole.Bystanders, "name", K.Name),
            Guide(Flag.Yellow, ResponseRole.Bystanders, "aftercare", K.Aftercare),
        ],
        [(Flag.Yellow, ResponseRole.Parents)] =
        [
            Library(Flag.Yellow, ResponseRole.Parents, "inform", K.Involve, ResponseSources.Parents),
        ],
        [(Flag.Red, ResponseRole.Actor)] =
        [
            Guide(Flag.Red, ResponseRole.Actor, "gather", K.GatherInformation),
            Guide(Flag.Red, ResponseRole.Actor, "stop", K.Stop),
            Guide(Flag.Red, ResponseRole.Actor, "name", K.Name),
            Guide(Flag.Red, ResponseRole.Actor, "ask", K.Ask),
            Guide(Flag.Red, ResponseRole.Actor, "affirm", K.Affirm),
            Guide(Flag.Red, ResponseRole.Actor, "limit", K.SetLimit),
            Guide(Flag.Red, ResponseRole.Actor, "agree", K.Agree),
            Guide(Flag.Red, ResponseRole.Actor, "consequences", K.Consequences),
            Guide(Flag.Red, ResponseRole.Actor, "colleagues", K.Involve),
            Library(Flag.Red, ResponseRole.Actor, "record", K.Record, ResponseSources.Record),
            new(Key(Flag.Red, ResponseRole.Actor, "repeat"), K.Consequences, ResponseSources.BlackFlag),
        ],
        [(Flag.Red, ResponseRole.Affected)] =
        [
            Guide(Flag.Red, ResponseRole.Affected, "ask", K.Ask),
            .. AffectedMessages,
            Guide(Flag.Red, ResponseRole.Affected, "aftercare", K.Aftercare),
        ],
        [(Flag.Red, ResponseRole.Bystanders)] =
        [
            Guide(Flag.Red, ResponseRole.Bystanders, "ask", K.Ask),
            Guide(Flag.Red, ResponseRole.Bystanders, "aftercare", K.Aftercare),
        ],
        [(Flag.Red, ResponseRole.Parents)] =
        [
            Guide(Flag.Red, ResponseRole.Parents, "involve", K.Involve),
            Guide(Flag.Red, ResponseRole.Parents, "agree", K.Agree),
        ],
        [(Flag.Black, ResponseRole.Actor)] =
        [
            Guide(Flag.Black, ResponseRole.Actor, "safety", K.Safety),
            Guide(Flag.Black, ResponseRole.Actor, "management", K.Involve),
            Library(Flag.Black, ResponseRole.Actor, "police", K.Involve, ResponseSources.PoliceFlanders),
            Guide(Flag.Black, ResponseRole.Actor, "gather", K.GatherInformation),
            Guide(Flag.Black, ResponseRole.Actor, "name", K.Name),
            Guide(Flag.Black, ResponseRole.Actor, "limit", K.SetLimit),
            Guide(Flag.Black, ResponseRole.Actor, "consequences", K.Consequences),
            Library(Flag.Black, ResponseRole.Actor, "record", K.Record, ResponseSources.Record),
        ],
        [(Flag.Black, ResponseRole.Affected)] =
        [
            Guide(Flag.Black, ResponseRole.Affected, "safety", K.Safety),
            .. AffectedMessages,
            Guide(Flag.Black, ResponseRole.Affected, "aftercare", K.Aftercare),
        ],
        [(Flag.Black, ResponseRole.Bystanders)] =
        [
            Guide(Flag.Black, ResponseRole.Bystanders, "aftercare", K.Aftercare),
            Library(Flag.Black, ResponseRole.Bystanders, "discretion", K.Involve, ResponseSources.Discretion),
        ],
        [(Flag.Black, ResponseRole.Parents)] =
        [
            Guide(Flag.Black, ResponseRole.Parents, "involve", K.Involve),
            Guide(Flag.Black, ResponseRole.Parents, "aftercare", K.Aftercare),
        ],
    };

    /// <summary>
    /// Steps said differently in the Netherlands: the reporting decision is step 5 of the reporting code there (in
    /// Flanders no text states a duty or a right of the library's own), the advice service is Veilig Thuis, and parents
    /// are "ouders/verzorgers" in Netherlands Dutch.
    /// </summary>
    private static readonly Dictionary<string, PlaybookStep> Netherlands = NetherlandsSteps()
        .ToDictionary(s => s.Key[..^NetherlandsSuffix.Length], StringComparer.Ordinal);

    /// <summary>
    /// Steps said only in the Netherlands, after the step whose key they are under: the library's additions to step 5 of
    /// the reporting code, with the law they rest on.
    /// </summary>
    private static readonly Dictionary<string, PlaybookStep> NetherlandsAfter = new(StringComparer.Ordinal)
    {
        [Key(Flag.Black, ResponseRole.Actor, "police")] = new("response.reportingNorm2019", K.Involve, ResponseSources.ReportingNorm2019),
    };

    /// <summary>Gets the steps of one flag and role for a jurisdiction, in order.</summary>
    public static IEnumerable<PlaybookStep> Steps(Flag flag, ResponseRole role, Jurisdiction jurisdiction)
    {
        foreach (var step in Table[(flag, role)])
        {
            yield return In(jurisdiction, step);
            if (jurisdiction == Jurisdiction.Netherlands && NetherlandsAfter.TryGetValue(step.Key, out var added))
            {
                yield return added;
            }
        }
    }

    /// <summary>Gets a step as it is said in a jurisdiction.</summary>
    public static PlaybookStep In(Jurisdiction jurisdiction, PlaybookStep step) =>
        jurisdiction == Jurisdiction.Netherlands && Netherlands.TryGetValue(step.Key, out var dutch) ? dutch : step;

    /// <summary>Gets every step the playbook can give, for the completeness tests.</summary>
    public static IEnumerable<PlaybookStep> All() => Table.Values.SelectMany(s => s).Concat(Netherlands.Values).Concat(NetherlandsAfter.Values).Concat(Extras.All);

    private static IEnumerable<PlaybookStep> NetherlandsSteps()
    {
        yield return new(Key(Flag.Black, ResponseRole.Actor, "police") + NetherlandsSuffix, K.Involve, ResponseSources.ReportingCodeStep5);
        yield return Extras.NoFlag(ResponseRole.Parents) with { Key = Extras.NoFlag(ResponseRole.Parents).Key + NetherlandsSuffix };
        yield return Extras.ConsultChildAbuse with { Key = Extras.ConsultChildAbuse.Key + NetherlandsSuffix };
        yield return Extras.ConsultFamilyViolence with { Key = Extras.ConsultFamilyViolence.Key + NetherlandsSuffix };
        yield return Extras.ParentsAfterConsult with { Key = Extras.ParentsAfterConsult.Key + NetherlandsSuffix };
        foreach (var flag in Enum.GetValues<Flag>())
        {
            foreach (var step in Table[(flag, ResponseRole.Parents)])
            {
                yield return step with { Key = step.Key + NetherlandsSuffix };
            }
        }
    }

    /// <summary>A step of the reaction guide: the kind is the guide's, the words for this flag and role are the library's.</summary>
    private static PlaybookStep Guide(Flag flag, ResponseRole role, string name, ResponseStepKind kind) => Guided(Key(flag, role, name), kind);

    private static PlaybookStep Guided(string key, ResponseStepKind kind) => new(key, kind, ResponseSources.Wording, ResponseSources.Guide(kind));

    private static PlaybookStep Library(Flag flag, ResponseRole role, string name, ResponseStepKind kind, StepSource reason) => new(Key(flag, role, name), kind, reason);

    private static string Key(Flag flag, ResponseRole role, string name) =>
        "response." + EnumNames<Flag>.Name(flag) + "." + EnumNames<ResponseRole>.Name(role) + "." + name;

    /// <summary>The steps added to a flag's steps: missing information, no flag yet, and images.</summary>
    public static class Extras
    {
        /// <summary>Information is missing: gather it first (the guide's first step); formatted with the unknown criteria.</summary>
        public static readonly PlaybookStep Insufficient = Guided("response.insufficient", K.GatherInformation);

        /// <summary>A parent or relative may be the actor and a child is affected: consult the child-abuse centre before anyone at home is told.</summary>
        public static readonly PlaybookStep ConsultChildAbuse = new("response.consultFirst.childAbuse", K.ConsultFirst, ResponseSources.ConsultFirst);

        /// <summary>A partner or relative may be the actor and no child is affected: consult a Veilig Huis before anyone at home is told.</summary>
        public static readonly PlaybookStep ConsultFamilyViolence = new("response.consultFirst.familyViolence", K.ConsultFirst, ResponseSources.ConsultFirst);

        /// <summary>For the parents when one of them or a relative may be the actor: only as the service advises.</summary>
        public static readonly PlaybookStep ParentsAfterConsult = new("response.parents.afterConsult", K.Involve, ResponseSources.ConsultFirst);

        /// <summary>The Netherlands: a staff member of a school may have committed a sexual offence against a pupil.</summary>
        public static readonly PlaybookStep StaffOffence = new("response.staffOffence", K.Involve, ResponseSources.StaffOffence);

        /// <summary>Images, for the actor of sexting behaviour.</summary>
        public static readonly PlaybookStep SextingActor = new("response.sexting.actor", K.Images, ResponseSources.SextingDos);

        /// <summary>Never blame the person in the images.</summary>
        public static readonly PlaybookStep SextingAffected = new("response.sexting.affected", K.Reassure, ResponseSources.SextingDonts);

        /// <summary>Whoever received the images.</summary>
        public static readonly PlaybookStep SextingBystanders = new("response.sexting.bystanders", K.Images, ResponseSources.SextingDos);

        /// <summary>Gets the one step per role when no criterion is rated yet.</summary>
        public static PlaybookStep NoFlag(ResponseRole role) => role switch
        {
            ResponseRole.Affected => new("response.noFlag.affected", K.Safety, ResponseSources.Wording, ResponseSources.Guide(K.GatherInformation)),
            ResponseRole.Bystanders => new("response.noFlag.bystanders", K.GatherInformation, ResponseSources.NoFlagYet),
            ResponseRole.Parents => new("response.noFlag.parents", K.Involve, ResponseSources.NoFlagYet),
            _ => Guided("response.noFlag.actor", K.GatherInformation),
        };

        public static IEnumerable<PlaybookStep> All =>
            [Insufficient, ConsultChildAbuse, ConsultFamilyViolence, ParentsAfterConsult, StaffOffence, SextingActor, SextingAffected, SextingBystanders, .. Enum.GetValues<ResponseRole>().Select(NoFlag)];
    }
}
