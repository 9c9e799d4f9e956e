namespace Sensoa.Flags.Reporting;

/// <summary>The formats of <see cref="AssessmentReport"/>.</summary>
public enum ReportFormat
{
    /// <summary>Markdown (CommonMark with pipe tables), for a case-file system that renders it.</summary>
    Markdown = 0,

    /// <summary>One self-contained HTML page: inline styles only, no scripts, no external resources, printable.</summary>
    Html = 1,
}
