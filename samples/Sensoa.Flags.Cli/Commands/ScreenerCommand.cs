using System.CommandLine;
using System.Globalization;
using Sensoa.Flags.Cli.Localization;
using Sensoa.Flags.Procedures.Screener;

namespace Sensoa.Flags.Cli.Commands;

/// <summary><c>screener report &lt;answers.json&gt; [--svg out.svg] [--md out.md]</c> and <c>screener cards</c>.</summary>
internal static class ScreenerCommand
{
    private static readonly ISchoolPolicyScreener Screener = SchoolPolicyScreener.Create();

    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var answers = new Argument<string>("answers") { Description = "The school's answers: a JSON object mapping every card id to strength or workPoint." };
        var svg = new Option<string?>("--svg") { Description = "Write the bar chart as SVG to this file." };
        var md = new Option<string?>("--md") { Description = "Write the Markdown report to this file instead of standard output." };
        var lang = LanguageOption.Create();
        var report = new Command("report", "Count strengths and work points per category; print the Markdown report, optionally write the SVG chart.") { answers, svg, md, lang };
        report.SetAction(result => Report(result.GetValue(answers)!, result.GetValue(svg), result.GetValue(md), LanguageOption.Culture(result, lang), stdout, stderr));

        var cardsLang = LanguageOption.Create();
        var cards = new Command("cards", "List the 24 cards with their ids and categories.") { cardsLang };
        cards.SetAction(result => Cards(LanguageOption.Culture(result, cardsLang), stdout));

        return new Command("screener", "The Sexting Screener, on a school's sexting policy: 24 cards sorted into strengths and work points.") { report, cards };
    }

    private static int Report(string file, string? svg, string? md, CultureInfo culture, TextWriter stdout, TextWriter stderr)
    {
        var read = ProcedureCommandSupport.Read(file, stderr, out var bytes);
        if (read != ExitCodes.Success)
        {
            return read;
        }

        var parsed = Screener.Parse(bytes);
        if (!parsed.IsValid)
        {
            return ProcedureCommandSupport.Errors(parsed.Errors, culture, stderr);
        }

        var report = Screener.Report(parsed.Answers);
        var markdown = Screener.ToMarkdown(report, culture);
        if (svg is not null)
        {
            markdown = WithChart(markdown, svg, md, culture);
        }

        if (svg is not null && !ProcedureCommandSupport.TryWrite(svg, Screener.ToSvg(report, culture), stderr))
        {
            return ExitCodes.CannotWrite;
        }

        if (md is null)
        {
            stdout.Write(markdown);
            return ExitCodes.Success;
        }

        return ProcedureCommandSupport.TryWrite(md, markdown, stderr) ? ExitCodes.Success : ExitCodes.CannotWrite;
    }

    /// <summary>
    /// The report shows its chart: an image link to the SVG, placed after the summary table, relative to the Markdown
    /// file when there is one (so the two can be moved together), else the path as given.
    /// </summary>
    internal static string WithChart(string markdown, string svg, string? md, CultureInfo culture)
    {
        var target = md is null
            ? svg
            : Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(md))!, Path.GetFullPath(svg));
        target = target.Replace('\\', '/').Replace(" ", "%20", StringComparison.Ordinal).Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
        var alt = CliTexts.Get("screener.chartAlt", culture);
        var image = $"![{alt}]({target})\n\n";
        var firstSection = markdown.IndexOf("\n## ", StringComparison.Ordinal);
        return firstSection < 0 ? markdown + "\n" + image : markdown.Insert(firstSection + 1, image);
    }

    private static int Cards(CultureInfo culture, TextWriter stdout)
    {
        foreach (var card in ScreenerCards.All)
        {
            stdout.Write(string.Create(CultureInfo.InvariantCulture, $"{card.Id,-24} {card.Category.ToString().ToLowerInvariant(),-10} {card.Title(culture)}{Printed(card, culture)}{(card.Pointers.Count > 0 ? " [" + string.Join(", ", card.Pointers) + "]" : string.Empty)}\n"));
        }

        return ExitCodes.Success;
    }

    /// <summary>Beside an English title, the card's title as printed, so that the card on the table can be found.</summary>
    private static string Printed(ScreenerCard card, CultureInfo culture) =>
        card.Title(culture) == card.PrintedTitle ? string.Empty : $" (\"{card.PrintedTitle}\")";
}
