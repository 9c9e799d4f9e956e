namespace Sensoa.Flags.Reporting;

/// <summary>The building blocks of a report; each format escapes every text it is given.</summary>
internal interface IReportWriter
{
    void Begin(string title, string languageTag);

    void Heading(int level, string text);

    void Paragraph(string text);

    /// <summary>Writes free text from the input, keeping its line breaks.</summary>
    void Quote(string text);

    void Fields(IReadOnlyList<ReportField> fields);

    void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows);

    void List(IReadOnlyList<string> items);

    string End();
}
