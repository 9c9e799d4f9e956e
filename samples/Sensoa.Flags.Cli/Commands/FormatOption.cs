using System.CommandLine;
using System.Globalization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>assess --format json|md|html</c>: the contract JSON (the default), or a printable report for the case file.</summary>
internal static class FormatOption
{
    public const string Json = "json";

    public static Option<string> Create()
    {
        var option = new Option<string>("--format")
        {
            Description = "json (default): the assessment as contract JSON; md or html: a printable report for the case file.",
            DefaultValueFactory = _ => Json,
        };
        option.AcceptOnlyFromAmong(Json, "md", "html");
        return option;
    }

    /// <summary><c>--case &lt;reference&gt;</c>: the case the report belongs to.</summary>
    public static Option<string?> CaseOption() => TextOption("--case", "The case reference to print on the report (md, html).");

    /// <summary><c>--author &lt;name&gt;</c>: who made the assessment.</summary>
    public static Option<string?> AuthorOption() => TextOption("--author", "Who made the assessment, to print on the report (md, html).");

    /// <summary>--case and --author mean something only on a report: with JSON they are a usage error, not silently dropped.</summary>
    public static void ReportOnly(Command command, Option<string> format, params Option<string?>[] options)
    {
        command.Validators.Add(result =>
        {
            // The raw token, not GetValue: a value that is itself not allowed would throw here; its own error is reported.
            var chosen = result.GetResult(format)?.Tokens.FirstOrDefault()?.Value ?? Json;
            if (chosen == Json && options.FirstOrDefault(o => result.GetResult(o) is { Implicit: false }) is { } given)
            {
                result.AddError($"{given.Name} is for a report: add --format md or --format html");
            }
        });
    }

    /// <summary>Renders the report of a valid input; the incident is read again for its criteria and descriptions.</summary>
    public static string Report(byte[] validJson, Assessment assessment, string format, ReportDetails details, CultureInfo culture)
    {
        var incident = SensoaJson.ParseIncident(validJson).Incident
            ?? throw new InvalidOperationException("The input was valid when assessed.");
        return AssessmentReport.Render(incident, assessment, format == "html" ? ReportFormat.Html : ReportFormat.Markdown, details, culture);
    }

    private static Option<string?> TextOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(result =>
        {
            // The value is the caller's text: the message says what is wrong, not what it was.
            if (ReportDetails.Problem(result.GetValueOrDefault<string?>()) is { } problem)
            {
                result.AddError($"{name}: {problem}");
            }
        });
        return option;
    }
}
