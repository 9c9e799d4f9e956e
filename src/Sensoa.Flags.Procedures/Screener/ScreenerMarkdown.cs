using System.Globalization;
using System.Text;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>The screener report as Markdown: a summary, then per category the counts, the action list and the strengths.</summary>
internal static class ScreenerMarkdown
{
    public static string Write(ScreenerReport report, CultureInfo culture)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# " + ProcedureTexts.Get("screener.title", culture));
        Line();
        Line(ProcedureTexts.Format("screener.summary", culture, report.StrengthCount, report.StrengthCount + report.WorkPointCount, report.WorkPointCount));
        Line();
        Line("| " + string.Join(" | ", ProcedureTexts.Get("screener.category", culture), ProcedureTexts.Get("screener.strengths", culture), ProcedureTexts.Get("screener.workPoints", culture)) + " |");
        Line("|---|---:|---:|");
        foreach (var category in report.Categories)
        {
            Line(string.Create(CultureInfo.InvariantCulture, $"| {CategoryName(category.Category, culture)} | {category.Strengths.Count} | {category.WorkPoints.Count} |"));
        }

        foreach (var category in report.Categories)
        {
            Line();
            Line("## " + CategoryName(category.Category, culture));
            Line();
            Line(ProcedureTexts.Format("screener.category.counts", culture, category.Strengths.Count, category.WorkPoints.Count));
            Line();
            Line("### " + ProcedureTexts.Get("screener.actions", culture));
            Line();
            if (category.WorkPoints.Count == 0)
            {
                Line(ProcedureTexts.Get("screener.actions.none", culture));
            }

            foreach (var card in category.WorkPoints)
            {
                Line($"- [ ] **{card.Title(culture)}**{Printed(card, culture)} (`{card.Id}`): {card.Text(culture)}{Pointers(card, culture)}");
            }

            if (category.Strengths.Count > 0)
            {
                Line();
                Line("### " + ProcedureTexts.Get("screener.strengths", culture));
                Line();
                foreach (var card in category.Strengths)
                {
                    Line($"- {card.Title(culture)}{Printed(card, culture)} (`{card.Id}`)");
                }
            }
        }

        Line();
        Line(ProcedureTexts.Get("screener.advice", culture));
        return text.ToString();
    }

    public static string CategoryName(ScreenerCategory category, CultureInfo culture) =>
        ProcedureTexts.Get("category." + category.ToString().ToLowerInvariant(), culture);

    /// <summary>Beside a translated title, the card's own title as printed, so that the card on the table can be found.</summary>
    internal static string Printed(ScreenerCard card, CultureInfo culture) =>
        card.Title(culture) == card.PrintedTitle ? string.Empty : ProcedureTexts.Format("screener.printedTitle", culture, card.PrintedTitle);

    internal static string Pointers(ScreenerCard card, CultureInfo culture) =>
        card.Pointers.Count == 0 ? string.Empty : " " + ProcedureTexts.Format("screener.pointers", culture, string.Join(", ", card.Pointers));
}
