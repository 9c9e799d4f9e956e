using System.Globalization;
using System.Text;
using System.Xml;
using Sensoa.Flags.Procedures.Localization;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>
/// The screener report as a grouped bar chart in SVG, written with <see cref="XmlWriter"/> so that every label is escaped
/// and the document is well-formed. Fixed geometry and invariant number formatting: the same report gives the same bytes.
/// Blue for strengths and pink for work points, the colours of the source's poster.
/// </summary>
internal static class ScreenerSvg
{
    private const int Width = 560;
    private const int Height = 330;
    private const int PlotLeft = 60;
    private const int PlotTop = 60;
    private const int PlotBottom = 260;
    private const int GroupWidth = 160;
    private const int BarWidth = 44;
    private const string StrengthColour = "#3b82c4";
    private const string WorkPointColour = "#e0709b";

    public static string Write(ScreenerReport report, CultureInfo culture)
    {
        var scaleMax = Math.Max(1, report.Categories.Max(c => Math.Max(c.Strengths.Count + c.WorkPoints.Count, 1)));
        var settings = new XmlWriterSettings
        {
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, settings))
        {
            var title = ProcedureTexts.Get("screener.chart.title", culture);
            xml.WriteStartElement("svg", "http://www.w3.org/2000/svg");
            Attr(xml, "width", Width);
            Attr(xml, "height", Height);
            xml.WriteAttributeString("viewBox", string.Create(CultureInfo.InvariantCulture, $"0 0 {Width} {Height}"));
            xml.WriteAttributeString("role", "img");
            xml.WriteAttributeString("font-family", "sans-serif");
            xml.WriteElementString("title", title);
            Rect(xml, 0, 0, Width, Height, "#ffffff");
            Text(xml, Width / 2, 30, title, "middle", 16);

            for (var tick = 0; tick <= scaleMax; tick++)
            {
                var y = Y(tick, scaleMax);
                Line(xml, PlotLeft, y, PlotLeft + (GroupWidth * report.Categories.Count), y, tick == 0 ? "#333333" : "#dddddd");
                Text(xml, PlotLeft - 8, y + 4, tick.ToString(CultureInfo.InvariantCulture), "end", 11);
            }

            for (var index = 0; index < report.Categories.Count; index++)
            {
                var category = report.Categories[index];
                var groupLeft = PlotLeft + (index * GroupWidth);
                Bar(xml, groupLeft + 30, category.Strengths.Count, scaleMax, StrengthColour);
                Bar(xml, groupLeft + 30 + BarWidth + 12, category.WorkPoints.Count, scaleMax, WorkPointColour);
                Text(xml, groupLeft + (GroupWidth / 2), PlotBottom + 22, ScreenerMarkdown.CategoryName(category.Category, culture), "middle", 13);
            }

            Legend(xml, PlotLeft, ProcedureTexts.Get("screener.strengths", culture), StrengthColour);
            Legend(xml, PlotLeft + 200, ProcedureTexts.Get("screener.workPoints", culture), WorkPointColour);
            xml.WriteEndElement();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static int Y(int value, int scaleMax) => PlotBottom - (int)Math.Round((double)value * (PlotBottom - PlotTop) / scaleMax);

    private static void Bar(XmlWriter xml, int x, int value, int scaleMax, string colour)
    {
        var top = Y(value, scaleMax);
        Rect(xml, x, top, BarWidth, PlotBottom - top, colour);
        Text(xml, x + (BarWidth / 2), top - 6, value.ToString(CultureInfo.InvariantCulture), "middle", 12);
    }

    private static void Legend(XmlWriter xml, int x, string label, string colour)
    {
        Rect(xml, x, Height - 30, 14, 14, colour);
        Text(xml, x + 20, Height - 19, label, "start", 12);
    }

    private static void Rect(XmlWriter xml, int x, int y, int width, int height, string fill)
    {
        xml.WriteStartElement("rect");
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        Attr(xml, "width", width);
        Attr(xml, "height", height);
        xml.WriteAttributeString("fill", fill);
        xml.WriteEndElement();
    }

    private static void Line(XmlWriter xml, int x1, int y1, int x2, int y2, string stroke)
    {
        xml.WriteStartElement("line");
        Attr(xml, "x1", x1);
        Attr(xml, "y1", y1);
        Attr(xml, "x2", x2);
        Attr(xml, "y2", y2);
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteEndElement();
    }

    private static void Text(XmlWriter xml, int x, int y, string content, string anchor, int size)
    {
        xml.WriteStartElement("text");
        Attr(xml, "x", x);
        Attr(xml, "y", y);
        xml.WriteAttributeString("text-anchor", anchor);
        Attr(xml, "font-size", size);
        xml.WriteString(content);
        xml.WriteEndElement();
    }

    private static void Attr(XmlWriter xml, string name, int value) =>
        xml.WriteAttributeString(name, value.ToString(CultureInfo.InvariantCulture));
}
