using System.Globalization;

namespace Sensoa.Flags.Reporting;

/// <summary>
/// A printable report of an assessment for the case file: the incident, and per behaviour the flags, the criteria, the
/// rules that fired, the professional's override, what to weigh and how to respond, then the referrals. Every text from
/// the input (ids, descriptions, reasons) is escaped; the same arguments always give the same text.
/// </summary>
public static class AssessmentReport
{
    /// <summary>Renders the report.</summary>
    /// <param name="incident">The incident that was assessed; the report shows its criteria and descriptions.</param>
    /// <param name="assessment">Its assessment, made in the same language as <paramref name="culture"/>.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="culture">The language of the report's own labels; null for English.</param>
    /// <returns>The report, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentException">The assessment names a behaviour the incident does not have.</exception>
    public static string Render(Incident incident, Assessment assessment, ReportFormat format, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(assessment);
        IReportWriter writer = format switch
        {
            ReportFormat.Markdown => new MarkdownReportWriter(),
            ReportFormat.Html => new HtmlReportWriter(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };
        return new ReportComposer(incident, assessment, culture ?? AssessmentOptions.Default.Culture, writer).Compose();
    }
}
