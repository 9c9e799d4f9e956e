using System.Globalization;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;
using Sensoa.Flags.Reporting;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Reporting;

/// <summary>The report shows what each rating means beside it, and the pitfalls beside an override.</summary>
public sealed class ReportGuidanceTests
{
    [Theory]
    [InlineData("en", ReportFormat.Markdown)]
    [InlineData("nl", ReportFormat.Markdown)]
    [InlineData("nl", ReportFormat.Html)]
    public void Render_EveryRatedCriterion_ItsDescriptionBesideIt(string language, ReportFormat format)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var (incident, assessment) = Assessed("insufficient-information.json", culture);

        var report = AssessmentReport.Render(incident, assessment, format, culture);

        foreach (var behaviour in incident.Behaviours)
        {
            foreach (var criterion in Enum.GetValues<Criterion>())
            {
                if (SensoaCriteria.Describe(criterion, behaviour.Criteria[criterion], culture) is { } description)
                {
                    report.Should().Contain(format == ReportFormat.Html ? description.Description.Replace("'", "&#39;", StringComparison.Ordinal) : description.Description);
                }
            }
        }

        report.Should().Contain(language == "nl" ? "Nog niet beoordeeld" : "Not rated yet", "the sample leaves a criterion unknown");
        report.Should().Contain("Wat zijn de vlaggen van het Vlaggensysteem?");
    }

    [Theory]
    [InlineData("en", "Sensoa.Flags' own words; the kind of step: ", "Relation of the actor to those affected", "family (parent")]
    [InlineData("nl", "Eigen woorden van Sensoa.Flags; de soort stap: ", "Relatie van wie het gedrag stelde tot wie het overkwam", "familie (ouder")]
    public void Render_ParentCase_RelationShownAndGuideStepsCiteTheGuideForTheKindOnly(string language, string wordsOwn, string relationLabel, string relationValue)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var (incident, assessment) = Assessed("black-parent-consult-first.json", culture);

        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, culture);

        report.Should().Contain(wordsOwn + "Sensoa, \"Reageren op seksueel gedrag met de reactiewijzer van het Vlaggensysteem\"");
        report.Should().Contain(relationValue);
        report.Should().Contain(relationLabel);
    }

    [Fact]
    public void Render_WithOverride_ThePitfallsBesideIt()
    {
        var (incident, assessment) = Assessed("override-organisation-rule-refused.json", CultureInfo.GetCultureInfo("nl"));

        var report = AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, CultureInfo.GetCultureInfo("nl"));

        report.Should().Contain("Valkuilen bij het geven van een vlag");
        foreach (var pitfall in SensoaPitfalls.Guide().Pitfalls)
        {
            report.Should().Contain(pitfall.Quote);
        }
    }

    [Fact]
    public void Render_WithoutOverride_NoPitfallSection()
    {
        var (incident, assessment) = Assessed("yellow-class-comment.json", CultureInfo.InvariantCulture);
        incident.Behaviours.Should().OnlyContain(b => b.Override == null);

        AssessmentReport.Render(incident, assessment, ReportFormat.Markdown).Should().NotContain("Pitfalls of giving a flag");
    }

    private static (Incident Incident, Assessment Assessment) Assessed(string sample, CultureInfo culture)
    {
        var incident = SensoaJson.ParseIncident(Samples.Read(sample)).Incident!;
        return (incident, Assess.Assessor.Assess(incident, new AssessmentOptions { Culture = culture }).Assessment!);
    }
}
