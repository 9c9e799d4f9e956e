using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>
/// Per route and step: the checklist, and which do's and don'ts apply there. The Netherlands' texts come from the
/// reporting code's approach and its do's and don'ts (keys <c>check.*</c>, <c>do.*</c>, <c>dont.*</c>); the Flemish ones
/// from the screener's cards, the advice page and the flag system's pitfalls (keys <c>fl.*</c>).
/// </summary>
internal static class SextingGuides
{
    private static readonly SextingStep[] OpenNetherlandsSteps =
        [SextingStep.MapSignals, SextingStep.Consult, SextingStep.TalkToYoungPeople, SextingStep.TalkToParents, SextingStep.Weigh, SextingStep.Decide, SextingStep.FollowUp];

    private static readonly SextingStep[] OpenFlemishSteps =
        [SextingStep.InvolveContactPerson, SextingStep.Weigh, SextingStep.Consult, SextingStep.TalkToYoungPeople, SextingStep.Decide, SextingStep.FollowUp, SextingStep.Evaluate];

    private static readonly Dictionary<SextingStep, string[]> Checklists = new()
    {
        [SextingStep.MapSignals] = ["what", "who", "healthy"],
        [SextingStep.Consult] = ["colleague", "careStructure", "expert"],
        [SextingStep.TalkToYoungPeople] = ["first", "portrayed", "distributors"],
        [SextingStep.TalkToParents] = ["every", "focus", "context"],
        [SextingStep.Weigh] = ["flags", "doubt", "criminal"],
        [SextingStep.Decide] = ["route", "consultation", "consequences", "images"],
        [SextingStep.FollowUp] = ["portrayed", "others", "learn"],
        [SextingStep.Closed] = ["record"],
    };

    private static readonly Dictionary<SextingStep, string[]> FlemishChecklists = new()
    {
        [SextingStep.InvolveContactPerson] = ["contactPerson", "what", "stepPlan"],
        [SextingStep.Weigh] = ["flags", "criminal"],
        [SextingStep.Consult] = ["clb", "childFocus", "igvm"],
        [SextingStep.TalkToYoungPeople] = ["firm", "who", "victim"],
        [SextingStep.Decide] = ["help", "agreements", "needToKnow", "consequences", "restorative"],
        [SextingStep.FollowUp] = ["portrayed", "help"],
        [SextingStep.Evaluate] = ["evaluate", "dossier"],
        [SextingStep.Closed] = ["dossier"],
    };

    private static readonly (string Id, SextingStep[] Steps)[] Dos =
    [
        ("vulnerability", [SextingStep.Consult, SextingStep.TalkToYoungPeople, SextingStep.TalkToParents]),
        ("checkHealthy", [SextingStep.MapSignals, SextingStep.Weigh]),
        ("consultExperienced", [SextingStep.Consult, SextingStep.Weigh]),
        ("talkSeparately", [SextingStep.TalkToYoungPeople]),
        ("involveYoungPeople", [SextingStep.TalkToYoungPeople, SextingStep.Decide]),
        ("peersInfluence", [SextingStep.TalkToYoungPeople, SextingStep.FollowUp]),
        ("contactParents", [SextingStep.TalkToParents]),
        ("askPolice", [SextingStep.Weigh, SextingStep.Decide]),
        ("zeroTolerance", [SextingStep.Decide]),
        ("safeClimate", [SextingStep.Decide, SextingStep.FollowUp]),
        // The source: as soon as possible after the signal, so from the first step on, not only once decided.
        ("discussSchoolWide", OpenNetherlandsSteps),
        ("network", [SextingStep.Decide, SextingStep.FollowUp]),
        ("prevention", [SextingStep.FollowUp]),
        ("positiveMessage", [SextingStep.FollowUp]),
    ];

    private static readonly (string Id, SextingStep[] Steps)[] Donts =
    [
        ("taboo", [SextingStep.MapSignals, SextingStep.Consult]),
        ("blameVictim", [SextingStep.TalkToYoungPeople, SextingStep.TalkToParents, SextingStep.Weigh, SextingStep.Decide]),
        ("publicity", [SextingStep.TalkToParents, SextingStep.Decide, SextingStep.FollowUp]),
    ];

    private static readonly (string Id, SextingStep[] Steps)[] FlemishDos =
    [
        ("needToKnow", OpenFlemishSteps),
        ("childFocusOffline", [SextingStep.Consult, SextingStep.Decide]),
        ("firmRespectful", [SextingStep.TalkToYoungPeople]),
        ("victimAttention", [SextingStep.TalkToYoungPeople, SextingStep.Decide, SextingStep.FollowUp]),
        ("restorative", [SextingStep.Decide]),
        ("learn", [SextingStep.Evaluate]),
    ];

    private static readonly (string Id, SextingStep[] Steps)[] FlemishDonts =
    [
        ("flagAboutBehaviour", [SextingStep.Weigh, SextingStep.TalkToYoungPeople, SextingStep.Decide]),
        ("everyoneEverything", [SextingStep.Decide, SextingStep.Evaluate, SextingStep.Closed]),
        ("outsiders", [SextingStep.Decide, SextingStep.FollowUp]),
    ];

    public static IReadOnlyList<string> DoIds => Dos.Select(d => d.Id).ToArray();

    public static IReadOnlyList<string> DontIds => Donts.Select(d => d.Id).ToArray();

    /// <summary>Every text key the guides can use, for the completeness test.</summary>
    public static IEnumerable<string> Keys() =>
        Checklists.SelectMany(c => c.Value.Select(id => $"check.{EnumNames<SextingStep>.Name(c.Key)}.{id}"))
            .Concat(FlemishChecklists.SelectMany(c => c.Value.Select(id => $"fl.check.{EnumNames<SextingStep>.Name(c.Key)}.{id}")))
            .Concat(Dos.Select(d => "do." + d.Id)).Concat(Donts.Select(d => "dont." + d.Id))
            .Concat(FlemishDos.Select(d => "fl.do." + d.Id)).Concat(FlemishDonts.Select(d => "fl.dont." + d.Id))
            .Concat(Checklists.Keys.Select(s => "step." + EnumNames<SextingStep>.Name(s)))
            .Concat(FlemishChecklists.Keys.Select(s => "fl.step." + EnumNames<SextingStep>.Name(s)));

    public static StepGuide For(SextingStep step, Jurisdiction jurisdiction, CultureInfo culture)
    {
        var name = EnumNames<SextingStep>.Name(step);
        var flemish = jurisdiction == Jurisdiction.Flanders;
        var prefix = flemish ? "fl." : string.Empty;
        var checklists = flemish ? FlemishChecklists : Checklists;
        if (!checklists.TryGetValue(step, out var checklist))
        {
            // A step of the other route: its title there, and nothing to do on this route.
            var title = Checklists.ContainsKey(step) ? "step." + name : "fl.step." + name;
            return new StepGuide(step, ProcedureTexts.Get(title, culture), [], [], []);
        }

        var dos = flemish ? FlemishDos : Dos;
        var donts = flemish ? FlemishDonts : Donts;
        return new StepGuide(
            step,
            ProcedureTexts.Get($"{prefix}step.{name}", culture),
            checklist.Select(id => ProcedureTexts.Get($"{prefix}check.{name}.{id}", culture)).ToArray(),
            dos.Where(d => d.Steps.Contains(step)).Select(d => ProcedureTexts.Get($"{prefix}do.{d.Id}", culture)).ToArray(),
            donts.Where(d => d.Steps.Contains(step)).Select(d => ProcedureTexts.Get($"{prefix}dont.{d.Id}", culture)).ToArray());
    }
}
