using System.Globalization;
using System.Text.RegularExpressions;
using Sensoa.Flags.Reporting;

namespace Sensoa.Flags.Tests.Reporting;

/// <summary>The HTML report on paper: the case reference and the page number in the foot of every page, whatever the reference holds.</summary>
public sealed partial class PrintedReportTests
{
    [Fact]
    public void Html_WithCaseReference_EveryPageFootHasTheCaseAndPageOfPages()
    {
        var html = Render("nl", "2026-014");

        var page = PageRule().Match(html);
        page.Success.Should().BeTrue("the report has an A4 page rule with margin boxes");
        page.Value.Should().Contain("size: A4")
            .And.Contain("@bottom-left { content: \"Dossier 2026\\2D 014 \\B7  Beoordeling met het Vlaggensysteem van Sensoa\"")
            .And.Contain("@bottom-right { content: \"pagina \" counter(page) \" van \" counter(pages) \"\"");
    }

    [Fact]
    public void Html_English_PageOfPagesInEnglish()
    {
        Render("en", "A-7").Should().Contain("content: \"page \" counter(page) \" of \" counter(pages) \"\"")
            .And.Contain("content: \"Case A\\2D 7 \\B7  Assessment with the Sensoa flag system\"");
    }

    [Fact]
    public void Html_WithoutCaseReference_FootHasTheTitleOnly()
    {
        Render("en", null).Should().Contain("@bottom-left { content: \"Assessment with the Sensoa flag system\"");
    }

    [Fact]
    public void Html_CaseReferenceThatTriesToLeaveTheStyle_StaysInsideTheCssString()
    {
        var html = Render("en", "x\"; } </style><script>alert(1)</script> \\");

        var style = html[html.IndexOf("<style>", StringComparison.Ordinal)..(html.IndexOf("</style>", StringComparison.Ordinal) + 8)];
        style.Should().NotContain("<script").And.NotContain("\"; }");
        html.Should().NotContain("<script");
        Regex.Matches(html, "</style>").Should().ContainSingle("the reference cannot close the style element");
    }

    [Fact]
    public void CssString_EveryCharacterButLettersDigitsAndSpaces_IsAHexEscape()
    {
        HtmlReportWriter.CssString("a\"b\\c<d é😀").Should().Be("\"a\\22 b\\5C c\\3C d \\E9 \\1F600 \"");
    }

    [Fact]
    public void Markdown_HasNoPageFoot()
    {
        var (incident, assessment) = Assessed("en");
        AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, new ReportDetails { CaseReference = "2026-014" }, CultureInfo.GetCultureInfo("en"))
            .Should().NotContain("counter(page)").And.NotContain("@page");
    }

    private static string Render(string language, string? caseReference)
    {
        var (incident, assessment) = Assessed(language);
        return AssessmentReport.Render(
            incident, assessment, ReportFormat.Html, new ReportDetails { CaseReference = caseReference, AssessedAt = new DateTimeOffset(2026, 11, 27, 15, 59, 0, TimeSpan.FromHours(1)) },
            CultureInfo.GetCultureInfo(language));
    }

    private static (Incident Incident, Assessment Assessment) Assessed(string language)
    {
        var bytes = Json.Samples.Read("two-person-sexting.json");
        var incident = Sensoa.Flags.Json.SensoaJson.ParseIncident(bytes).Incident!;
        var assessment = FlagAssessor.Create().Assess(incident, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo(language) }).Assessment!;
        return (incident, assessment);
    }

    [GeneratedRegex(@"@page \{.*\}\s*\n</style>")]
    private static partial Regex PageRule();
}
