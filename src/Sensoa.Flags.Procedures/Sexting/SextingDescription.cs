using System.Globalization;
using System.Text;
using Sensoa.Flags.Json;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Sexting;

/// <summary>A state as text for people: the step, its checklist, do's and don'ts, the flags, what is possible now, the history.</summary>
internal static class SextingDescription
{
    public static string Write(ISextingWorkflow workflow, SextingIncidentState state, CultureInfo culture)
    {
        var guide = workflow.Guide(state.Step, state.Jurisdiction, culture);
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');
        string T(string key) => ProcedureTexts.Get(key, culture);

        Line($"{T("guide.case")} {state.CaseId}: {guide.Title}");
        Line(T("guide.route." + EnumNames.Of(state.Jurisdiction)));
        Line();
        // Advice the route went on without ("neem je best contact op"): said first, so that it is not missed.
        Section(T("guide.skippedAdvice"), state.SkippedAdvice.Select(id => ProcedureTexts.Get("refusal." + id, culture)));
        Section(T("guide.checklist"), guide.Checklist.Select(c => "[ ] " + c));
        Section(T("guide.dos"), guide.Dos);
        Section(T("guide.donts"), guide.Donts);
        // Flags, statuses and steps in the reader's language; a trigger keeps its name beside its description, since
        // that name is what `sexting advance` takes.
        Section(T("guide.flags"), state.Weighed.Select(w => $"{w.BehaviourId} ({w.ActorId}): {(w.Flag is { } flag ? SensoaLabels.Of(flag, culture) : "-")}, {SensoaLabels.Of(w.Status, culture)}"));
        Section(T("guide.permitted"), workflow.PermittedTriggers(state).Select(Trigger));
        Section(T("guide.history"), state.History.Select(h => $"{h.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {Trigger(h.Trigger)}: {Step(h.From)} -> {Step(h.To)}"));
        return text.ToString();

        string Trigger(SextingTrigger trigger) => $"{EnumNames.Of(trigger)} ({T("trigger." + EnumNames.Of(trigger))})";

        string Step(SextingStep step) => workflow.Guide(step, state.Jurisdiction, culture).Title;

        void Section(string title, IEnumerable<string> items)
        {
            var list = items.ToArray();
            if (list.Length == 0)
            {
                return;
            }

            Line(title + ":");
            foreach (var item in list)
            {
                Line("  - " + item);
            }

            Line();
        }
    }
}
