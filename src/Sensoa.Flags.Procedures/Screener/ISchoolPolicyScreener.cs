using System.Globalization;

namespace Sensoa.Flags.Procedures.Screener;

/// <summary>
/// The school sexting-policy screener: reads a school's sorting of the 24 cards, counts strengths and work points per
/// category, and writes the report as Markdown and as an SVG bar chart. Thread-safe.
/// </summary>
public interface ISchoolPolicyScreener
{
    /// <summary>Reads answers: a JSON object mapping every card id to <c>strength</c> or <c>workPoint</c>.</summary>
    /// <param name="utf8Json">The UTF-8 JSON text.</param>
    /// <returns>The answers, or every error with its JSON path (unknown card, missing card, bad value).</returns>
    ScreenerParseResult Parse(ReadOnlyMemory<byte> utf8Json);

    /// <summary>Counts strengths and work points per category.</summary>
    /// <param name="answers">Answers for every card.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">An answer is missing or names an unknown card.</exception>
    ScreenerReport Report(ScreenerAnswers answers);

    /// <summary>Writes the report as Markdown: counts per category and the work points as an action list.</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language: English, or Dutch for <c>nl</c>.</param>
    /// <returns>The Markdown text, <c>\n</c> line ends; the same report gives the same text.</returns>
    string ToMarkdown(ScreenerReport report, CultureInfo culture);

    /// <summary>Writes the report as a standalone SVG bar chart (no browser or font files needed).</summary>
    /// <param name="report">The report.</param>
    /// <param name="culture">The language of the labels.</param>
    /// <returns>The SVG document; the same report gives the same text.</returns>
    string ToSvg(ScreenerReport report, CultureInfo culture);
}
