using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>Per step: the checklist, and which of the source's do's and don'ts apply there.</summary>
internal static class SextingGuides
{
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
        ("discussSchoolWide", [SextingStep.Decide, SextingStep.FollowUp]),
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

    public static IReadOnlyList<string> DoIds => Dos.Select(d => d.Id).ToArray();

    public static IReadOnlyList<string> DontIds => Donts.Select(d => d.Id).ToArray();

    public static StepGuide For(SextingStep step, CultureInfo culture)
    {
        var name = EnumNames<SextingStep>.Name(step);
        return new StepGuide(
            step,
            ProcedureTexts.Get("step." + name, culture),
            Checklists[step].Select(id => ProcedureTexts.Get($"check.{name}.{id}", culture)).ToArray(),
            Dos.Where(d => d.Steps.Contains(step)).Select(d => ProcedureTexts.Get("do." + d.Id, culture)).ToArray(),
            Donts.Where(d => d.Steps.Contains(step)).Select(d => ProcedureTexts.Get("dont." + d.Id, culture)).ToArray());
    }
}
