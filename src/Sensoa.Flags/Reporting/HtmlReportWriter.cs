using System.Text;

namespace Sensoa.Flags.Reporting;

/// <summary>
/// Writes one self-contained, printable HTML page: inline styles, no scripts, no external resources, and a content
/// security policy that forbids both, so that even a mistake could not run anything. Every text is HTML-encoded.
/// </summary>
internal sealed class HtmlReportWriter : IReportWriter
{
    // On paper: A4 with the case reference and "page n of m" in the foot of every page (CSS page-margin boxes), 9pt
    // type and tight spacing so that a two-behaviour case fits on a few pages. A heading stays with the block after it;
    // a table may run on to the next page (its header repeats) rather than leave half a page empty.
    private const string Style = """
        body { font-family: system-ui, sans-serif; font-size: 11pt; line-height: 1.4; max-width: 50em; margin: 2em auto; padding: 0 1em; color: #111; }
        h1 { font-size: 1.6em; } h2 { font-size: 1.3em; border-bottom: 1px solid #999; margin-top: 1.6em; } h3 { font-size: 1.1em; } h4 { font-size: 1em; }
        table { border-collapse: collapse; width: 100%; margin: 0.5em 0 1em; } th, td { border: 1px solid #999; padding: 0.25em 0.5em; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
        thead { display: table-header-group; }
        dl { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1em; } dt { font-weight: bold; } dd { margin: 0; }
        blockquote { margin: 0.5em 0; padding: 0.5em 1em; border-left: 4px solid #999; background: #f4f4f4; white-space: pre-wrap; }
        .flag { display: inline-block; padding: 0 0.5em; border-radius: 0.3em; font-weight: bold; border: 1px solid #111; }
        .flag-green { background: #2e7d32; color: #fff; } .flag-yellow { background: #f9d423; color: #111; } .flag-red { background: #c62828; color: #fff; } .flag-black { background: #111; color: #fff; }
        @media screen and (max-width: 40em) {
          body { margin: 1em auto; } th, td { overflow-wrap: anywhere; } .flag { white-space: nowrap; overflow-wrap: normal; } dl { grid-template-columns: minmax(0, 1fr); gap: 0; } dd { margin-bottom: 0.4em; }
        }
        @media print {
          body { margin: 0; max-width: none; font-size: 9pt; line-height: 1.24; }
          h1 { font-size: 1.45em; margin: 0 0 0.3em; } h2 { font-size: 1.2em; margin: 1em 0 0.35em; } h3 { font-size: 1.05em; margin: 0.8em 0 0.25em; } h4 { font-size: 1em; margin: 0.6em 0 0.2em; }
          p { margin: 0.25em 0 0.45em; } ul { margin: 0.25em 0 0.45em; padding-left: 1.4em; } table { margin: 0.25em 0 0.6em; } th, td { padding: 0.12em 0.35em; }
          dl { margin: 0.25em 0 0.5em; gap: 0.05em 1em; } blockquote { margin: 0.25em 0; padding: 0.25em 0.6em; }
          h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; } .keep { break-inside: avoid; page-break-inside: avoid; } .keep:has(> table, > ul) { break-inside: auto; page-break-inside: auto; }
          dl, blockquote, tr { break-inside: avoid; } .keep + dl, p + dl { break-before: avoid; page-break-before: avoid; } p, li { orphans: 3; widows: 3; } * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
        }
        """;

    private readonly StringBuilder html = new();

    /// <summary>
    /// Whether a heading's keep-together block is open. A heading opens one, and it closes after the first block that
    /// follows (a paragraph, table, list ...), so that no heading ends a printed page alone: browsers honour
    /// <c>break-inside: avoid</c> more reliably than <c>break-after: avoid</c>.
    /// </summary>
    private bool keepOpen;

    public void Begin(string title, string languageTag, string runningFooter, string pageOfPages)
    {
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(languageTag).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Encode(title)).Append("</title>\n<style>\n")
            .Append(Style.ReplaceLineEndings("\n"))
            .Append("\n@page { size: A4; margin: 10mm 12mm 13mm; @bottom-left { content: ").Append(CssString(runningFooter))
            .Append("; font: 8pt system-ui, sans-serif; color: #444; } @bottom-right { content: ").Append(PageCounter(pageOfPages))
            .Append("; font: 8pt system-ui, sans-serif; color: #444; } }\n</style>\n</head>\n<body>\n");
    }

    /// <summary>"Page {0} of {1}" as CSS content: the texts around the page counters, each a CSS string.</summary>
    private static string PageCounter(string format)
    {
        var page = format.IndexOf("{0}", StringComparison.Ordinal);
        var pages = format.IndexOf("{1}", StringComparison.Ordinal);
        return string.Concat(
            CssString(format[..page]), " counter(page) ", CssString(format[(page + 3)..pages]), " counter(pages) ", CssString(format[(pages + 3)..]));
    }

    /// <summary>
    /// A CSS string that holds any text safely inside a style element: every character but an ASCII letter, digit or
    /// space is written as a hexadecimal escape, so no quote, backslash or <c>&lt;/style&gt;</c> from the input can end it.
    /// </summary>
    internal static string CssString(string text)
    {
        var css = new StringBuilder("\"", text.Length + 2);
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value == ' '))
            {
                css.Append((char)rune.Value);
            }
            else
            {
                css.Append('\\').Append(rune.Value.ToString("X", System.Globalization.CultureInfo.InvariantCulture)).Append(' ');
            }
        }

        return css.Append('"').ToString();
    }

    public void Heading(int level, string text)
    {
        if (!keepOpen)
        {
            html.Append("<div class=\"keep\">\n");
            keepOpen = true;
        }

        html.Append("<h").Append(level).Append('>').Append(Encode(text)).Append("</h").Append(level).Append(">\n");
    }

    public void Paragraph(string text)
    {
        html.Append("<p>").Append(Encode(text)).Append("</p>\n");
        CloseKeep();
    }

    public void Quote(string text)
    {
        html.Append("<blockquote>").Append(Encode(text.ReplaceLineEndings("\n"))).Append("</blockquote>\n");
        CloseKeep();
    }

    public void Fields(IReadOnlyList<ReportField> fields)
    {
        WriteFields(fields);
        CloseKeep();
    }

    private void WriteFields(IReadOnlyList<ReportField> fields)
    {
        html.Append("<dl>\n");
        foreach (var field in fields)
        {
            html.Append("<dt>").Append(Encode(field.Label)).Append("</dt><dd>");
            Value(field.Value, field.Flag);
            html.Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows)
    {
        html.Append("<table>\n<thead><tr>");
        foreach (var header in headers)
        {
            html.Append("<th>").Append(Encode(header)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append("<td>");
                Value(cell.Text, cell.Flag);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        CloseKeep();
    }

    public void List(IReadOnlyList<string> items)
    {
        html.Append("<ul>\n");
        foreach (var item in items)
        {
            html.Append("<li>").Append(Encode(item)).Append("</li>\n");
        }

        html.Append("</ul>\n");
        CloseKeep();
    }

    public string End()
    {
        CloseKeep();
        return html.Append("</body>\n</html>\n").ToString();
    }

    /// <summary>Encodes text for element content and quoted attributes; control characters other than line breaks are dropped.</summary>
    internal static string Encode(string value)
    {
        var encoded = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': encoded.Append("&lt;"); break;
                case '>': encoded.Append("&gt;"); break;
                case '&': encoded.Append("&amp;"); break;
                case '"': encoded.Append("&quot;"); break;
                case '\'': encoded.Append("&#39;"); break;
                case '\n': encoded.Append('\n'); break;
                default:
                    if (!char.IsControl(c))
                    {
                        encoded.Append(c);
                    }

                    break;
            }
        }

        return encoded.ToString();
    }

    private void CloseKeep()
    {
        if (keepOpen)
        {
            html.Append("</div>\n");
            keepOpen = false;
        }
    }

    private void Value(string text, Flag? flag)
    {
        if (flag is { } colour)
        {
            html.Append("<span class=\"flag flag-").Append(colour.ToString().ToLowerInvariant()).Append("\">").Append(Encode(text)).Append("</span>");
        }
        else
        {
            html.Append(Encode(text));
        }
    }
}
