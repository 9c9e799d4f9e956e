namespace Sensoa.Flags.Reporting;

/// <summary>One table cell; a flag colours it in HTML.</summary>
internal sealed record ReportCell(string Text, Flag? Flag = null)
{
    public static implicit operator ReportCell(string text) => new(text);
}
