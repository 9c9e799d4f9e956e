namespace Sensoa.Flags.Reporting;

/// <summary>The building blocks of a report; each format escapes every text it is given.</summary>
internal interface IReportWriter
{
    /// <summary>Starts the report; a printed page repeats <paramref name="runningFooter"/> and its number (<paramref name="pageOfPages"/>, <c>{0}</c> the page, <c>{1}</c> the count).</summary>
    void Begin(string title, string languageTag, string runningFooter, string pageOfPages);

    void Heading(int level, string text);

    void Paragraph(string text);

    /// <summary>Writes free text from the input, keeping its line breaks.</summary>
    void Quote(string text);

    void Fields(IReadOnlyList<ReportField> fields);

    void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows);

    void List(IReadOnlyList<string> items);

    string End();
}
