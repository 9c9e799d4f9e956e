using System.Xml.Linq;

namespace Sensoa.Flags.Cli.Tests.Commands;

public sealed class ProcedureCommandTests : IDisposable
{
    private readonly string directory = ProcedureFiles.TempDirectory();

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public void ScreenerReport_ShippedAnswers_MarkdownOnStdoutAndSvgFile()
    {
        var svg = Path.Combine(directory, "out.svg");
        var (code, stdout, stderr) = CliRunner.Run("screener", "report", ProcedureFiles.File("screener-answers.json"), "--svg", svg);
        code.Should().Be(0, stderr);
        stdout.Should().StartWith("# Sexting Screener").And.Contain("| Reaction | 4 | 4 |");
        XDocument.Load(svg).Root!.Name.LocalName.Should().Be("svg");
    }

    [Fact]
    public void ScreenerReport_MdOption_WritesFileInDutch()
    {
        var md = Path.Combine(directory, "out.md");
        var (code, stdout, _) = CliRunner.Run("screener", "report", ProcedureFiles.File("screener-answers.json"), "--md", md, "--lang", "nl");
        code.Should().Be(0);
        stdout.Should().BeEmpty();
        File.ReadAllText(md).Should().Contain("## Kwaliteit");
    }

    [Fact]
    public void ScreenerReport_UnknownCard_Exit2PathFirstAndNoOutputWritten()
    {
        var answers = Path.Combine(directory, "answers.json");
        File.WriteAllText(answers, File.ReadAllText(ProcedureFiles.File("screener-answers.json")).Replace("\"vision\"", "\"visoin\"", StringComparison.Ordinal));
        var svg = Path.Combine(directory, "out.svg");
        var (code, stdout, stderr) = CliRunner.Run("screener", "report", answers, "--svg", svg);
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().BeEquivalentTo(
            "$.visoin: unknown property; did you mean 'vision'? allowed here: " + string.Join(", ", Procedures.Screener.ScreenerCards.All.Select(c => c.Id)),
            "$.vision: required");
        File.Exists(svg).Should().BeFalse();
    }

    [Fact]
    public void ScreenerReport_LangNl_ErrorsInDutchWithTheSamePaths()
    {
        var answers = Path.Combine(directory, "answers.json");
        File.WriteAllText(answers, File.ReadAllText(ProcedureFiles.File("screener-answers.json")).Replace("\"vision\"", "\"visoin\"", StringComparison.Ordinal));
        var (code, stdout, stderr) = CliRunner.Run("screener", "report", answers, "--lang", "nl");
        code.Should().Be(2);
        stdout.Should().BeEmpty();
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2).And.Contain("$.vision: verplicht");
        lines.Should().ContainSingle(line => line.StartsWith("$.visoin: ", StringComparison.Ordinal))
            .Which.Should().NotContain("unknown property").And.Contain("'vision'");
    }

    [Fact]
    public void ScreenerReport_SvgAndMd_MarkdownLinksTheChartRelativeToItself()
    {
        var charts = Directory.CreateDirectory(Path.Combine(directory, "charts")).FullName;
        var md = Path.Combine(directory, "report.md");
        var (code, _, stderr) = CliRunner.Run("screener", "report", ProcedureFiles.File("screener-answers.json"), "--svg", Path.Combine(charts, "my chart.svg"), "--md", md);
        code.Should().Be(0, stderr);
        var markdown = File.ReadAllText(md);
        markdown.Should().Contain("| Reaction | 4 | 4 |\n\n![Strengths and work points per category](charts/my%20chart.svg)\n\n## ");
    }

    [Fact]
    public void ScreenerReport_SvgToStdoutInDutch_LinksThePathAsGiven()
    {
        var svg = Path.Combine(directory, "out.svg");
        var stdout = CliRunner.Run("screener", "report", ProcedureFiles.File("screener-answers.json"), "--svg", svg, "--lang", "nl").Out;
        stdout.Should().Contain($"![Sterktes en werkpunten per categorie]({svg})");
    }

    [Fact]
    public void ScreenerReport_NoSvg_NoImage()
    {
        CliRunner.Run("screener", "report", ProcedureFiles.File("screener-answers.json")).Out.Should().NotContain("![");
    }

    [Fact]
    public void ScreenerCards_ListsAllIds()
    {
        var (code, stdout, _) = CliRunner.Run("screener", "cards");
        code.Should().Be(0);
        stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(24);
    }

    [Fact]
    public void ScreenerCards_English_PrintedTitleAndPointerBesideTheTranslation()
    {
        var (code, stdout, _) = CliRunner.Run("screener", "cards");
        code.Should().Be(0);
        stdout.Should().Contain("(\"Aanspreekpersoon houdt dossier bij\")").And.Contain("[Hé, het is oké]");
    }

    [Theory]
    [InlineData("person", "Document everything")]
    [InlineData("colleague", "Acknowledge and listen")]
    [InlineData("team", "How much contact is workable and safe?")]
    [InlineData("organisation", "where and to whom employees can turn")]
    public void HarassmentActions_EachRole_PrintsItsList(string role, string expected)
    {
        var (code, stdout, _) = CliRunner.Run("harassment", "actions", "--role", role);
        code.Should().Be(0);
        stdout.Should().Contain(expected).And.Contain("1 July 2024");
    }

    [Fact]
    public void HarassmentActions_UnknownRole_UsageErrorExit64()
    {
        var (code, stdout, stderr) = CliRunner.Run("harassment", "actions", "--role", "boss");
        code.Should().Be(64);
        stdout.Should().BeEmpty();
        stderr.TrimEnd('\n').Should().NotContain("\n");
    }

    [Fact]
    public void LogbookVerify_ShippedLogbook_Exit0()
    {
        var (code, stdout, _) = CliRunner.Run("logbook", "verify", ProcedureFiles.File("logbook.jsonl"));
        code.Should().Be(0);
        stdout.Should().StartWith("intact: 4 entries");
        // Entries written before the logbook kept the incident's own time still verify, and say it was not recorded.
        stdout.Should().Contain("#1  happened not recorded, e-mail (private address); written 2026-11-27 17:44 +00:00");
        stdout.Should().Contain("#4  happened 2026-11-30 16:20 +01:00, waiting room; written ");
    }

    [Fact]
    public void LogbookVerify_Tampered_Exit1LineFirst()
    {
        var (code, _, stderr) = CliRunner.Run("logbook", "verify", ProcedureFiles.File("logbook-tampered.jsonl"));
        code.Should().Be(1);
        stderr.Should().StartWith("line 2 $: edited:");
    }

    [Fact]
    public void LogbookAppend_CopyOfShipped_AppendsEntryFourWithAttachment()
    {
        var log = Path.Combine(directory, "log.jsonl");
        File.Copy(ProcedureFiles.File("logbook.jsonl"), log);
        var evidence = Path.Combine(directory, "shot.png");
        File.WriteAllBytes(evidence, [1, 2, 3]);
        var (code, stdout, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms", "--occurred-at", "2026-03-05T23:40", "--description", "Text message at night.", "--attach", evidence);
        code.Should().Be(0, stderr);
        stdout.Should().StartWith("appended entry 5").And.Contain("#5  happened 2026-03-05 23:40 +01:00, sms; written ");
        CliRunner.Run("logbook", "verify", log).Code.Should().Be(0);
    }

    [Fact]
    public void LogbookAppend_MissingAttachment_Exit66NothingWritten()
    {
        var log = Path.Combine(directory, "log.jsonl");
        File.Copy(ProcedureFiles.File("logbook.jsonl"), log);
        var before = File.ReadAllBytes(log);
        var (code, _, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms", "--occurred-at", "2026-03-05T23:40", "--description", "x", "--attach", Path.Combine(directory, "nope.png"));
        code.Should().Be(66);
        stderr.Should().StartWith("--attach:").And.Contain("no such file");
        File.ReadAllBytes(log).Should().Equal(before);
    }

    [Fact]
    public void LogbookAppend_BrokenLog_Exit1FileUnchanged()
    {
        var log = Path.Combine(directory, "log.jsonl");
        // The last entry, which the new one would link to, was edited; an edit further up is verify's to find.
        File.WriteAllText(log, File.ReadAllText(ProcedureFiles.File("logbook.jsonl")).Replace("\"channel\":\"waiting room\"", "\"channel\":\"fax\"", StringComparison.Ordinal));
        var before = File.ReadAllBytes(log);
        var (code, stdout, stderr) = CliRunner.Run("logbook", "append", log, "--channel", "sms", "--occurred-at", "2026-03-05T23:40", "--description", "x");
        code.Should().Be(1);
        stdout.Should().BeEmpty();
        stderr.Should().StartWith("line 4 $: edited:").And.Contain("nothing appended");
        File.ReadAllBytes(log).Should().Equal(before);
    }
}
