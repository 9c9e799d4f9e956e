using System.Globalization;
using System.Text.RegularExpressions;
using Sensoa.Flags.Reporting;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Reporting;

/// <summary>The report as a case-file document: its details, people named by role and age, and how it prints.</summary>
public sealed partial class ReportDetailsTests
{
    private static readonly ReportDetails Details = new()
    {
        AssessedAt = new DateTimeOffset(2026, 3, 2, 13, 5, 0, TimeSpan.Zero),
        CaseReference = "2026-014",
        Author = "J. Peeters",
    };

    [Fact]
    public void Render_Details_FirstFieldsInBrusselsTime()
    {
        var (incident, assessment) = Assessed();
        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, Details, CultureInfo.GetCultureInfo("nl"));
        report.Should().Contain("- **Beoordeeld op**: 2 maart 2026, 14:05 (UTC+01:00)\n- **Dossier**: 2026-014\n- **Beoordeeld door**: J. Peeters\n- **Versie van de regels**: " + assessment.RuleSetVersion);
        report.IndexOf("Beoordeeld op", StringComparison.Ordinal).Should().BeLessThan(report.IndexOf("## Incident", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_NoDetails_StillTheRuleSetVersion()
    {
        var (incident, assessment) = Assessed();
        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown);
        report.Should().Contain("- **Rule set version**: " + assessment.RuleSetVersion).And.NotContain("Assessed on").And.NotContain("**Case**");
    }

    [Fact]
    public void Render_ControlCharacterInAuthor_Throws()
    {
        var (incident, assessment) = Assessed();
        var act = () => AssessmentReport.Render(incident, assessment, ReportFormat.Html, Details with { Author = "a\u001bb" });
        act.Should().Throw<ArgumentException>().WithParameterName("details");
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("2026-014", null)]
    [InlineData(" ", "empty")]
    [InlineData("a\tb", "contains a control character (a line break, a tab, ...)")]
    public void Problem_Text_NamesWhatIsWrong(string? text, string? expected)
    {
        ReportDetails.Problem(text).Should().Be(expected);
        ReportDetails.Problem(new string('x', ReportDetails.MaxTextLength + 1)).Should().Be("longer than 200 characters");
    }

    [Fact]
    public void Render_People_ByRoleAndAgeNotById()
    {
        var (incident, assessment) = Assessed();
        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown);
        report.Should().Contain("| person who acted and was affected, 15 years | 15 |")
            .And.Contain("| person who acted, 16 years | 16 |")
            .And.Contain("## Behaviour 1: person who acted and was affected, 15 years (id own-picture)")
            .And.Contain("- **Affected**: person who acted and was affected, 15 years");
    }

    [Fact]
    public void Render_PeopleInDutch_ByRoleAndAge()
    {
        var (incident, assessment) = Assessed();
        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, new ReportDetails(), CultureInfo.GetCultureInfo("nl-BE"));
        report.Should().Contain("| stelde zelf gedrag en onderging ander gedrag, 15 jaar | 15 |")
            .And.Contain("| wie het gedrag stelde, 16 jaar | 16 |")
            .And.Contain("## Gedrag 1: stelde zelf gedrag en onderging ander gedrag, 15 jaar (id own-picture)");
    }

    [Fact]
    public void Render_TwoPeopleWithTheSameRoleAndAge_Numbered()
    {
        var incident = new IncidentBuilder().Person("a", 14).Person("b", 14).Person("c", 12)
            .Behaviour(Criteria.AllAt(CriterionRating.Yellow), actor: "a", affected: ["c"])
            .Behaviour(Criteria.AllAt(CriterionRating.Yellow), actor: "b", affected: ["c"]).Build();
        var assessment = FlagAssessor.Create().Assess(incident).Assessment!;
        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown);
        report.Should().Contain("person who acted, 14 years (1)").And.Contain("person who acted, 14 years (2)").And.Contain("person affected, 12 years |");
    }

    [Fact]
    public void Html_Print_A4AndEveryHeadingKeptWithWhatFollows()
    {
        var (incident, assessment) = Assessed();
        var html = AssessmentReport.Render(incident, assessment, ReportFormat.Html, Details);
        html.Should().Contain("@page { size: A4;").And.Contain(".keep { break-inside: avoid;");

        // Every heading sits in a keep block, and that block holds something after its last heading.
        var body = html[html.IndexOf("<body>", StringComparison.Ordinal)..];
        Regex.Matches(body, "<h[1-4]>").Count.Should().Be(HeadingInKeep().Matches(body).Sum(m => Regex.Matches(m.Value, "<h[1-4]>").Count));
        foreach (Match keep in KeepBlock().Matches(body))
        {
            keep.Value.TrimEnd().Should().NotMatchRegex(@"</h[1-4]>\s*</div>$", "a heading must not end its block");
        }

        Regex.Matches(body, "<div class=\"keep\">").Count.Should().Be(Regex.Matches(body, "</div>").Count);
    }

    private static (Incident Incident, Assessment Assessment) Assessed()
    {
        var incident = SensoaJson.ParseIncident(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "cases", "two-person-sexting.json"))).Incident!;
        return (incident, FlagAssessor.Create().Assess(incident).Assessment!);
    }

    [GeneratedRegex("<div class=\"keep\">\n(?:<h[1-4]>[^\n]*\n)+", RegexOptions.None)]
    private static partial Regex HeadingInKeep();

    [GeneratedRegex("<div class=\"keep\">.*?</div>", RegexOptions.Singleline)]
    private static partial Regex KeepBlock();
}
