using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// The rules page in Markdown, written from the rule set's own metadata: <c>docs/rules.md</c> is this page in English,
/// and a test fails when the file and the code part.
/// </summary>
internal static class RulesPage
{
    public static string Write(RuleSetDescription rules)
    {
        var culture = Languages.Culture(rules.Language);
        string T(string key) => CliTexts.Get(key, culture);
        var page = new StringBuilder();
        page.Append("# ").Append(T("rulesPage.title")).Append("\n\n");
        page.Append("<!-- ").Append(T("rulesPage.generated")).Append(" -->\n\n");
        page.Append(CultureInfo.InvariantCulture, $"{T("rules.ruleSet")} `{rules.RuleSetVersion}`. ");
        page.Append(T("rulesPage.intro")).Append('\n');

        Section(page, T("rulesPage.rules"), T("rulesPage.rules.intro"));
        foreach (var rule in rules.Rules)
        {
            page.Append(CultureInfo.InvariantCulture, $"\n### `{rule.Id}`\n\n");
            page.Append(CultureInfo.InvariantCulture, $"{T("rulesPage.priority")} {rule.Priority}; tags {string.Join(", ", rule.Tags.Select(t => $"`{t}`"))}.\n\n");
            page.Append(rule.Description).Append("\n\n");
            page.Append(Source(rule.Source, culture)).Append('\n');
        }

        Section(page, T("rulesPage.considerations"), T("rulesPage.considerations.intro"));
        foreach (var consideration in rules.Considerations)
        {
            page.Append(CultureInfo.InvariantCulture, $"\n### `{consideration.Id}`\n\n");
            page.Append(consideration.Message).Append("\n\n");
            page.Append(Source(consideration.Source, culture)).Append('\n');
        }

        Section(page, T("rulesPage.referrals"), T("rulesPage.referrals.intro"));
        Columns(page, T("rulesPage.referrals.columns"));
        foreach (var condition in rules.ReferralConditions)
        {
            page.Append(CultureInfo.InvariantCulture,
                $"| `{condition.ReferralId}` | {RulesCommand.JurisdictionName(condition.Jurisdiction, culture)} | {Cell(condition.Condition)} (`{condition.Situation}`) | {Cell(Source(condition.Source, culture, label: false))} |\n");
        }

        if (rules.OrganisationRules.Count > 0)
        {
            Section(page, T("rulesPage.organisationRules"), T("rulesPage.organisationRules.intro"));
            Columns(page, T("rulesPage.organisationRules.columns"));
            foreach (var rule in rules.OrganisationRules)
            {
                // The integrator's own words, not the library's: a line break, a control or a character that reorders text
                // is written as \uXXXX (the row stays one row and reads as written), and no tag reaches the page as HTML.
                var id = PrintableText.Text(rule.Id);
                var description = PrintableText.Text(rule.Description).Replace("<", "&lt;", StringComparison.Ordinal);
                page.Append(CultureInfo.InvariantCulture, $"| `{Cell(id)}` | {rule.Priority} | {Cell(description)} |\n");
            }
        }

        return page.ToString();
    }

    private static void Section(StringBuilder page, string heading, string intro) =>
        page.Append("\n## ").Append(heading).Append("\n\n").Append(intro).Append('\n');

    /// <summary>A table's header row and its separator: one column per <c>|</c>-separated name.</summary>
    private static void Columns(StringBuilder page, string names) =>
        page.Append("\n| ").Append(names).Append(" |\n|").Append(string.Concat(Enumerable.Repeat("---|", names.Split('|').Length))).Append('\n');

    private static string Source(Provenance source, CultureInfo culture, bool label = true)
    {
        // A Dutch page names the library's own choices in Dutch: no English word in Dutch output.
        var text = source.IsLibrary ? $"**{CliTexts.Get("source.library", culture)}**: {source.Part}" : $"{source.Document}, {source.Part}";
        return label ? $"{CliTexts.Get("rules.source", culture)}: {text}." : text + ".";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
