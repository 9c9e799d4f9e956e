namespace Sensoa.Flags.Reporting;

/// <summary>A label and its value; a flag colours the value in HTML.</summary>
internal sealed record ReportField(string Label, string Value, Flag? Flag = null);
