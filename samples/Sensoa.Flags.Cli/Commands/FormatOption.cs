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

    /// <summary>Renders the report of a valid input; the incident is read again for its criteria and descriptions.</summary>
    public static string Report(byte[] validJson, Assessment assessment, string format, CultureInfo culture)
    {
        var incident = SensoaJson.ParseIncident(validJson).Incident
            ?? throw new InvalidOperationException("The input was valid when assessed.");
        return AssessmentReport.Render(incident, assessment, format == "html" ? ReportFormat.Html : ReportFormat.Markdown, culture);
    }
}
