using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Json;
using Sensoa.Flags.Reporting;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Reporting;

public sealed class AssessmentReportTests
{
    private const string Hostile = "<script>alert('x')</script> <img src=x onerror=alert(1)> **bold** [link](http://evil) | cell";

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Render_HostileFreeText_NeverUnescaped(ReportFormat format)
    {
        var (incident, assessment) = Hostile_Incident();

        var report = AssessmentReport.Render(incident, assessment, format);

        report.Should().NotContain("<script").And.NotContain("<img");
        if (format == ReportFormat.Markdown)
        {
            Regex.IsMatch(report, @"(?<!\\)\]\(http").Should().BeFalse("a link from the input stays text");
            report.Should().NotContain("**bold**").And.NotContain("\n# heading", "markdown syntax from the input is escaped too");
        }

        report.Should().Contain("&lt;script&gt;", "the text is kept, escaped, not dropped");
    }

    [Fact]
    public void Html_Always_SelfContainedWithoutScripts()
    {
        var (incident, assessment) = Assessed("two-person-sexting.json", "en");

        var html = AssessmentReport.Render(incident, assessment, ReportFormat.Html);

        html.Should().StartWith("<!DOCTYPE html>").And.EndWith("</html>\n");
        html.Should().NotContainAny("<script", "src=", "href=", "<link", "@import", "url(");
        html.Should().Contain("Content-Security-Policy").And.Contain("default-src 'none'");
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Render_Assessment_ShowsFlagsCriteriaRulesResponsesAndReferrals(ReportFormat format)
    {
        var (incident, assessment) = Assessed("two-person-sexting.json", "en");

        var report = AssessmentReport.Render(incident, assessment, format);

        var encode = format == ReportFormat.Html ? (Func<string, string>)HtmlReportWriter.Encode : MarkdownReportWriter.Inline;
        assessment.Referrals.Should().NotBeEmpty();
        assessment.Behaviours.SelectMany(b => b.Responses).Should().NotBeEmpty();
        foreach (var behaviour in assessment.Behaviours)
        {
            report.Should().Contain(encode(behaviour.BehaviourId));
            behaviour.FiredRules.Should().OnlyContain(r => report.Contains(encode(r.Id), StringComparison.Ordinal) && report.Contains(encode(r.Message), StringComparison.Ordinal));
            behaviour.Responses.SelectMany(r => r.Steps).Should().OnlyContain(s => report.Contains(encode(s), StringComparison.Ordinal));
        }

        assessment.Referrals.Should().OnlyContain(r => report.Contains(encode(r.Name), StringComparison.Ordinal));
        report.Should().Contain(encode(incident.Behaviours[1].Description!));
        report.Should().Contain("Most severe criterion").And.Contain("voluntariness").And.Contain("Rules that fired");
    }

    [Fact]
    public void Render_Dutch_LabelsInDutch()
    {
        var (incident, assessment) = Assessed("two-person-sexting.json", "nl");

        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Html, CultureInfo.GetCultureInfo("nl-BE"));

        report.Should().Contain("<html lang=\"nl\">").And.Contain("Toegepaste regels").And.Contain("Eindvlag").And.NotContain("Rules that fired");
    }

    [Theory]
    [InlineData(ReportFormat.Html)]
    [InlineData(ReportFormat.Markdown)]
    public void Render_SameInputAnyCurrentCulture_ByteIdentical(ReportFormat format)
    {
        var (incident, assessment) = Assessed("red-repeated-after-correction.json", "en");
        var first = AssessmentReport.Render(incident, assessment, format);
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("tr-TR");
            AssessmentReport.Render(incident, assessment, format).Should().Be(first);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }

        first.Should().NotContain("\r");
    }

    [Fact]
    public void Render_RefusedOverride_ShowsRefusalAndReason()
    {
        var (incident, assessment) = Assessed("override-organisation-rule-refused.json", "en");

        var html = AssessmentReport.Render(incident, assessment, ReportFormat.Html);

        var outcome = assessment.Behaviours.Select(b => b.Override).First(o => o is not null)!;
        html.Should().Contain(HtmlReportWriter.Encode(outcome.Refusal!));
        html.Should().Contain(HtmlReportWriter.Encode(incident.Behaviours.First(b => b.Override is not null).Override!.Reason));
    }

    [Fact]
    public void Render_AssessmentOfAnotherIncident_Throws()
    {
        var (incident, _) = Assessed("two-person-sexting.json", "en");
        var (_, other) = Assessed("yellow-class-comment.json", "en");

        var act = () => AssessmentReport.Render(incident, other, ReportFormat.Markdown);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void ReportLabels_EveryEnumValue_HasOne()
    {
        var english = Entries("");
        Keys<CriterionRating>("rating").Concat(Keys<Jurisdiction>("jurisdiction")).Concat(Keys<Setting>("setting"))
            .Concat(Keys<AssessmentStatus>("status")).Concat(Keys<Registration>("registration")).Concat(Keys<ResponseRole>("role"))
            .Concat(Keys<Intimacy>("intimacy")).Concat(Keys<Availability>("availability"))
            .Should().OnlyContain(k => english.ContainsKey(k));
    }

    private static IEnumerable<string> Keys<TEnum>(string prefix)
        where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(v => "report." + prefix + "." + System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(v.ToString()));

    private static Dictionary<string, string> Entries(string culture) =>
        Texts.Resources.GetResourceSet(CultureInfo.GetCultureInfo(culture), createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);

    [Theory]
    [InlineData(ReportFormat.Html, "en", "Earlier behaviour in the case file", "not who they are")]
    [InlineData(ReportFormat.Markdown, "en", "Earlier behaviour in the case file", "not who they are")]
    [InlineData(ReportFormat.Markdown, "nl", "Eerder gedrag in het dossier", "niet wie iemand is")]
    public void Render_History_EveryEntryWithItsDateAndTheNoteThatItIsNoVerdict(ReportFormat format, string language, string heading, string note)
    {
        var (incident, assessment) = Assessed("red-repeated-from-history.json", language);

        var report = AssessmentReport.Render(incident, assessment, format, CultureInfo.GetCultureInfo(language));

        report.Should().Contain(heading).And.Contain(note)
            .And.Contain("case-2026-041").And.Contain("2026-10-03").And.Contain("case-2026-017").And.Contain("2026-05-12")
            .And.Contain("history.repetition");
        report.IndexOf("case-2026-041", StringComparison.Ordinal).Should().BeLessThan(report.IndexOf("case-2026-017", StringComparison.Ordinal), "latest first");
    }

    [Fact]
    public void Render_NoHistory_NoHistorySection()
    {
        var (incident, assessment) = Assessed("red-repeated-after-correction.json", "en");

        AssessmentReport.Render(incident, assessment, ReportFormat.Markdown).Should().NotContain("Earlier behaviour in the case file");
    }

    [Fact]
    public void Render_SteepRaise_ShowsTheWarning()
    {
        var (incident, _) = Assessed("red-repeated-after-correction.json", "en");
        incident = incident with
        {
            Behaviours = [incident.Behaviours[0] with { Repeated = false, Override = new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Combination, Reason = "r" } }],
        };
        var assessment = Assess.Incident(incident);

        assessment.Behaviours[0].Override!.Warning.Should().NotBeNull();
        AssessmentReport.Render(incident, assessment, ReportFormat.Markdown).Should().Contain("Warning").And.Contain(assessment.Behaviours[0].Override!.Warning!);
    }

    private static (Incident Incident, Assessment Assessment) Assessed(string sample, string language)
    {
        var incident = SensoaJson.ParseIncident(Samples.Read(sample)).Incident!;
        var assessment = Assess.Assessor.Assess(incident, new AssessmentOptions { Culture = CultureInfo.GetCultureInfo(language) }).Assessment!;
        return (incident, assessment);
    }

    private static (Incident Incident, Assessment Assessment) Hostile_Incident()
    {
        var (incident, _) = Assessed("red-repeated-after-correction.json", "en");
        var behaviour = incident.Behaviours[0] with
        {
            Description = Hostile + "\nsecond line\n# heading",
            Override = new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Intimacy, Reason = Hostile },
        };
        var hostile = incident with { Behaviours = [behaviour] };
        return (hostile, Assess.Assessor.Assess(hostile).Assessment!);
    }
}
