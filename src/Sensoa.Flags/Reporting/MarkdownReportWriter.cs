using System.Text;

namespace Sensoa.Flags.Reporting;

/// <summary>
/// Writes CommonMark with pipe tables. Text is escaped so that nothing from the input becomes markup: markdown
/// punctuation gets a backslash and <c>&lt; &gt; &amp;</c> become entities, so raw HTML never reaches a renderer.
/// </summary>
internal sealed class MarkdownReportWriter : IReportWriter
{
    private readonly StringBuilder text = new();

    public void Begin(string title, string languageTag, string runningFooter, string pageOfPages)
    {
    }

    public void Heading(int level, string heading) => text.Append('#', level).Append(' ').Append(Inline(heading)).Append("\n\n");

    public void Paragraph(string paragraph) => text.Append(Block(paragraph)).Append("\n\n");

    public void Quote(string quote)
    {
        foreach (var line in quote.ReplaceLineEndings("\n").Split('\n'))
        {
            text.Append("> ").Append(Block(line)).Append("  \n");
        }

        text.Append('\n');
    }

    public void Fields(IReadOnlyList<ReportField> fields)
    {
        foreach (var field in fields)
        {
            text.Append("- **").Append(Inline(field.Label)).Append("**: ").Append(Inline(field.Value)).Append('\n');
        }

        text.Append('\n');
    }

    public void Table(IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<ReportCell>> rows)
    {
        text.Append("| ").AppendJoin(" | ", headers.Select(Inline)).Append(" |\n");
        text.Append('|').AppendJoin('|', headers.Select(_ => "---")).Append("|\n");
        foreach (var row in rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(c => Inline(c.Text))).Append(" |\n");
        }

        text.Append('\n');
    }

    public void List(IReadOnlyList<string> items)
    {
        foreach (var item in items)
        {
            text.Append("- ").Append(Block(item)).Append('\n');
        }

        text.Append('\n');
    }

    public string End() => text.ToString().TrimEnd('\n') + "\n";

    /// <summary>Escapes text that starts a block, so that it cannot open a list or a quote: <c>- + &gt;</c> or <c>1.</c> at the start.</summary>
    internal static string Block(string value)
    {
        var escaped = Inline(value);
        if (escaped.Length > 0 && escaped[0] is '-' or '+' or '=')
        {
            return "\\" + escaped;
        }

        var digits = 0;
        while (digits < escaped.Length && char.IsAsciiDigit(escaped[digits]))
        {
            digits++;
        }

        return digits > 0 && digits < escaped.Length && escaped[digits] is '.' or ')'
            ? escaped[..digits] + "\\" + escaped[digits..]
            : escaped;
    }

    /// <summary>Escapes one line of text: no markup, no HTML, no line break, no table cell break.</summary>
    internal static string Inline(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '&': escaped.Append("&amp;"); break;
                case '\r' or '\n' or '\t': escaped.Append(' '); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    escaped.Append('\\').Append(c);
                    break;
                default:
                    if (!char.IsControl(c))
                    {
                        escaped.Append(c);
                    }

                    break;
            }
        }

        return escaped.ToString();
    }
}
