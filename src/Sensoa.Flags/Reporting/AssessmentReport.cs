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
    public static string Render(Incident incident, Assessment assessment, ReportFormat format, CultureInfo? culture = null) =>
        Render(incident, assessment, format, new ReportDetails(), culture);

    /// <summary>Renders the report with the details a case file needs: the time of the assessment, the case and the author.</summary>
    /// <param name="incident">The incident that was assessed; the report shows its criteria and descriptions.</param>
    /// <param name="assessment">Its assessment, made in the same language as <paramref name="culture"/>.</param>
    /// <param name="format">Markdown or HTML.</param>
    /// <param name="details">The time, case reference and author to print; empty ones are left out.</param>
    /// <param name="culture">The language of the report's own labels; null for English.</param>
    /// <returns>The report, with <c>\n</c> line ends.</returns>
    /// <exception cref="ArgumentException">The assessment names a behaviour the incident does not have, or a detail has a <see cref="ReportDetails.Problem"/>.</exception>
    public static string Render(Incident incident, Assessment assessment, ReportFormat format, ReportDetails details, CultureInfo? culture = null)
    {
        ArgumentNullException.ThrowIfNull(incident);
        ArgumentNullException.ThrowIfNull(assessment);
        ArgumentNullException.ThrowIfNull(details);
        if ((ReportDetails.Problem(details.CaseReference) ?? ReportDetails.Problem(details.Author)) is { } problem)
        {
            throw new ArgumentException("A case reference or author that cannot be printed: " + problem + ".", nameof(details));
        }

        IReportWriter writer = format switch
        {
            ReportFormat.Markdown => new MarkdownReportWriter(),
            ReportFormat.Html => new HtmlReportWriter(),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Not a report format."),
        };
        return new ReportComposer(incident, assessment, details, culture ?? AssessmentOptions.Default.Culture, writer).Compose();
    }
}
