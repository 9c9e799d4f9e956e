using System.CommandLine;
using System.Globalization;
using System.Text;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Rules;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// <c>rules [--lang nl] [--format text|json|md]</c>: the rule set as the engine loaded it (id, priority, tags,
/// description, source), the considerations the rules add and the referral conditions, each with its source. <c>json</c>
/// is what <c>GET /rules</c> answers; <c>md</c> is the project's rules page (<c>docs/rules.md</c> is this, in English).
/// </summary>
internal static class RulesCommand
{
    public const string Text = "text";
    public const string Json = "json";
    public const string Markdown = "md";

    /// <param name="assessor">The assessor whose rules are listed: the library's, and its organisation rules if it has any (it is not compiled for this).</param>
    /// <param name="stdout">Where the listing goes.</param>
    public static Command Create(Lazy<IFlagAssessor> assessor, TextWriter stdout)
    {
        var lang = LanguageOption.Create();
        var format = new Option<string>("--format")
        {
            Description = "text (default): to read; json: the same JSON as GET /rules; md: the rules page in Markdown.",
            DefaultValueFactory = _ => Text,
        };
        format.AcceptOnlyFromAmong(Text, Json, Markdown);
        var command = new Command("rules", "List the rules in agenda order, the considerations they add and the referral conditions, each with its source.") { lang, format };
        command.SetAction(result =>
        {
            var description = FlagAssessor.Describe(assessor.Value, LanguageOption.Culture(result, lang));
            stdout.Write(result.GetValue(format) switch
            {
                Json => RuleSetJson.Serialize(description) + "\n",
                Markdown => RulesPage.Write(description),
                _ => Plain(description),
            });
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Plain(RuleSetDescription rules)
    {
        var culture = Languages.Culture(rules.Language);
        var source = CliTexts.Get("rules.source", culture);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{CliTexts.Get("rules.ruleSet", culture)} {rules.RuleSetVersion}\n");

        text.Append('\n').Append(CliTexts.Get("rules.list.rules", culture)).Append('\n');
        foreach (var rule in rules.Rules)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{rule.Id,-28} {rule.Priority,5}  {string.Join(", ", rule.Tags)}\n");
            text.Append("  ").Append(rule.Description).Append('\n');
            text.Append("  ").Append(source).Append(": ").Append(Describe(rule.Source, culture)).Append('\n');
        }

        text.Append('\n').Append(CliTexts.Get("rules.list.considerations", culture)).Append('\n');
        foreach (var consideration in rules.Considerations)
        {
            text.Append('\n').Append(consideration.Id).Append('\n');
            text.Append("  ").Append(consideration.Message).Append('\n');
            text.Append("  ").Append(source).Append(": ").Append(Describe(consideration.Source, culture)).Append('\n');
        }

        text.Append('\n').Append(CliTexts.Get("rules.list.referrals", culture)).Append('\n');
        foreach (var condition in rules.ReferralConditions)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{condition.ReferralId} ({JurisdictionName(condition.Jurisdiction, culture)}, `{condition.Situation}`)\n");
            text.Append("  ").Append(condition.Condition).Append('\n');
            text.Append("  ").Append(source).Append(": ").Append(Describe(condition.Source, culture)).Append('\n');
        }

        if (rules.OrganisationRules.Count > 0)
        {
            text.Append('\n').Append(CliTexts.Get("rules.list.organisationRules", culture)).Append('\n');
            foreach (var rule in rules.OrganisationRules)
            {
                text.Append(CultureInfo.InvariantCulture, $"\n{PrintableText.Text(rule.Id),-28} {rule.Priority,5}\n");
                if (rule.Description.Length > 0)
                {
                    text.Append("  ").Append(PrintableText.Text(rule.Description)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>The jurisdiction as a reader of the language names it: as the language's table names it (the contract name in English, the region's name in Dutch).</summary>
    internal static string JurisdictionName(Jurisdiction jurisdiction, CultureInfo culture) => CliTexts.Name("jurisdiction", jurisdiction, culture);

    private static string Describe(Provenance source, CultureInfo culture) =>
        source.IsLibrary ? $"{CliTexts.Get("source.library", culture)}: {source.Part}" : source.ToString();
}
