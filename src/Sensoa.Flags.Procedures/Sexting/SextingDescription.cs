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
        Section(T("guide.checklist"), guide.Checklist.Select(c => "[ ] " + c));
        Section(T("guide.dos"), guide.Dos);
        Section(T("guide.donts"), guide.Donts);
        Section(T("guide.flags"), state.Weighed.Select(w => $"{w.BehaviourId} ({w.ActorId}): {(w.Flag is { } flag ? EnumNames.Of(flag) : "-")}, {EnumNames.Of(w.Status)}"));
        Section(T("guide.permitted"), workflow.PermittedTriggers(state).Select(EnumNames.Of));
        Section(T("guide.history"), state.History.Select(h => $"{h.At.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}  {EnumNames.Of(h.Trigger)}: {EnumNames.Of(h.From)} -> {EnumNames.Of(h.To)}"));
        return text.ToString();

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
