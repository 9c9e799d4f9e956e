using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sensoa.Flags.Batch;

/// <summary>What a re-assessment found: how many lines of each kind, and how often each kind of change occurred.</summary>
public sealed record ReassessmentSummary
{
    /// <summary>Gets the rule-set version the lines were assessed with today.</summary>
    public required string NewRuleSetVersion { get; init; }

    /// <summary>Gets every line read, blank ones included.</summary>
    public required long LinesRead { get; init; }

    /// <summary>Gets the blank lines, which are skipped.</summary>
    public required long BlankLines { get; init; }

    /// <summary>Gets the lines with a stored assessment that were compared.</summary>
    public required long Compared { get; init; }

    /// <summary>Gets the lines with a lone incident, assessed with nothing to compare.</summary>
    public required long Assessed { get; init; }

    /// <summary>Gets the compared lines whose assessment is the same today.</summary>
    public required long Unchanged { get; init; }

    /// <summary>Gets the compared lines where an outcome changed (flag, status, registration, override or referrals).</summary>
    public required long OutcomeChanged { get; init; }

    /// <summary>Gets the compared lines where only the explanation changed (rules fired, considerations).</summary>
    public required long ExplanationChanged { get; init; }

    /// <summary>Gets the lines refused: bad JSON, or an incident or stored assessment that today's contract does not accept.</summary>
    public required long Refused { get; init; }

    /// <summary>Gets how often each kind of change was found, most frequent first.</summary>
    public required IReadOnlyList<ChangeCount> Changes { get; init; }

    /// <summary>Gets how often each reason for refusal was found (the JSON path with indices as <c>[*]</c>, and the code), most frequent first.</summary>
    public required IReadOnlyList<ChangeCount> Refusals { get; init; }

    /// <summary>Writes the summary as indented JSON with <c>\n</c> line ends; the same summary always gives the same text.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("newRuleSetVersion", NewRuleSetVersion);
            writer.WriteNumber("linesRead", LinesRead);
            writer.WriteNumber("blankLines", BlankLines);
            writer.WriteNumber("compared", Compared);
            writer.WriteNumber("assessed", Assessed);
            writer.WriteNumber("unchanged", Unchanged);
            writer.WriteNumber("outcomeChanged", OutcomeChanged);
            writer.WriteNumber("explanationChanged", ExplanationChanged);
            writer.WriteNumber("refused", Refused);
            WriteCounts(writer, "changes", Changes);
            WriteCounts(writer, "refusals", Refusals);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    /// <summary>
    /// Writes the summary as a plain-text table for people, one count per line. The kinds of change name flags, rules and
    /// referrals from the stored records: any control, format or separator character in them is written as <c>\uXXXX</c>,
    /// so that an archive cannot drive the terminal it is shown on.
    /// </summary>
    /// <returns>The table.</returns>
    public string ToTable()
    {
        var lines = new List<(string Label, long Count)>
        {
            ("lines read", LinesRead),
            ("  compared with a stored assessment", Compared),
            ("  lone incidents, assessed", Assessed),
            ("  blank", BlankLines),
            ("  refused", Refused),
            ("unchanged", Unchanged),
            ("outcome changed", OutcomeChanged),
            ("explanation changed only", ExplanationChanged),
        };
        var width = new[] { lines.Max(l => l.Label.Length), "change".Length, "refusal".Length }
            .Concat(Changes.Concat(Refusals).Select(c => Json.PrintableText.Text(c.Kind).Length)).Max() + 2;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Re-assessed with rule set {NewRuleSetVersion}\n\n");
        foreach (var (label, count) in lines)
        {
            Row(text, label, count.ToString(CultureInfo.InvariantCulture), width);
        }

        Section(text, "change", Changes, width);
        Section(text, "refusal", Refusals, width);
        return text.ToString();
    }

    private static void Section(StringBuilder text, string title, IReadOnlyList<ChangeCount> counts, int width)
    {
        if (counts.Count == 0)
        {
            return;
        }

        text.Append('\n');
        Row(text, title, "count", width);
        foreach (var count in counts)
        {
            Row(text, Json.PrintableText.Text(count.Kind), count.Count.ToString(CultureInfo.InvariantCulture), width);
        }
    }

    private static void Row(StringBuilder text, string label, string count, int width) =>
        text.Append(label).Append(' ', width - label.Length).Append(' ', Math.Max(0, 8 - count.Length)).Append(count).Append('\n');

    private static void WriteCounts(Utf8JsonWriter writer, string name, IReadOnlyList<ChangeCount> counts)
    {
        writer.WriteStartArray(name);
        foreach (var count in counts)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", count.Kind);
            writer.WriteNumber("count", count.Count);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
