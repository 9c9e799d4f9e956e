using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Json;
using Sensoa.Flags.Reporting;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>
/// Dutch output reads as Dutch: no English name of an enum value (flags, statuses, roles, bases, triggers) in any text a
/// person reads, no "bibliotheek", and no text that states a duty to report in Flanders.
/// </summary>
public sealed class DutchOutputTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-BE");

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in WorkedExamples.All())
        {
            data.Add(example.Id);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void AssessmentTextsAndReport_Dutch_NoEnglishEnumName(string id)
    {
        var example = WorkedExamples.All().Single(e => e.Id == id);
        foreach (var jurisdiction in new[] { Jurisdiction.Flanders, Jurisdiction.Netherlands })
        {
            var incident = example.ToIncident() with { Jurisdiction = jurisdiction, OccurredYearsAgo = 11 };
            incident = incident with
            {
                Behaviours = [incident.Behaviours[0] with { Override = new OverrideRequest { Flag = Flag.Black, Basis = OverrideBasis.Awareness, Reason = "x" } }],
            };
            var options = new AssessmentOptions { Culture = Dutch, TimeProvider = new FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T16:01:00+01:00", CultureInfo.InvariantCulture)) };
            var assessment = Assess.Incident(incident, options);

            var behaviour = assessment.Behaviours[0];
            var texts = behaviour.Responses.SelectMany(r => r.Steps)
                .Concat(behaviour.Responses.SelectMany(r => r.StepDetails).Select(d => d.Source.Part))
                .Concat(behaviour.FiredRules.Select(r => r.Message))
                .Concat(behaviour.Considerations.Select(c => c.Message))
                .Concat(behaviour.Override?.Refusal is { } refusal ? [refusal] : [])
                .Concat(assessment.Referrals.SelectMany(r => new[] { r.Name, r.Why, r.Hours, r.AvailabilityNote, r.WhatTheyDo, r.Contact }).OfType<string>())
                .Append(EnglishWords.WithoutIds(AssessmentReport.Render(incident, assessment, ReportFormat.Markdown, Dutch)));

            foreach (var text in texts)
            {
                EnglishWords.In(text).Should().BeEmpty($"{id} ({jurisdiction}) in Dutch: \"{text}\"");
                text.Should().NotContainEquivalentOf("bibliotheek");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void WorkedExamples_Dutch_NoEnglishEnumNameAndMarkedAsTheLibrarysOwn(string id)
    {
        var example = WorkedExamples.All(Dutch).Single(e => e.Id == id);
        foreach (var text in new[] { example.Description, example.Attribution, example.Source.Part })
        {
            EnglishWords.In(text).Should().BeEmpty($"{id} in Dutch: \"{text}\"");
            text.Should().NotContainEquivalentOf("bibliotheek");
        }
    }

    [Fact]
    public void Guides_Dutch_NoEnglishEnumName()
    {
        var texts = SensoaCriteria.Guide(Dutch) is var criteria
            ? criteria.Flags.SelectMany(f => new[] { f.Name, f.Meaning, f.Note }).OfType<string>()
                .Concat(criteria.Criteria.SelectMany(c => c.Levels.Select(l => l.Description).Append(c.Name)))
                .Append(criteria.Introduction)
            : [];
        texts = texts.Concat(SensoaPitfalls.Guide(Dutch).Pitfalls.SelectMany(p => p.SayToTheAffected.Concat([p.Title, p.Explanation, p.Advice])));

        texts.SelectMany(EnglishWords.In).Should().BeEmpty();
    }

    [Fact]
    public void EnglishIn_CatchesAnEnumName_SoTheTestCanFail()
    {
        EnglishWords.In("De vlag is red en de status insufficientInformation.").Should().Equal("red", "insufficientInformation");
        EnglishWords.In("De vlag is rood; 'yellowToRed' is een regel-id.").Should().BeEmpty();
    }

    [Fact]
    public void BlackResponses_Flanders_NoLegalClaimOfItsOwn_Netherlands_Step5AndTheMarkedAdditions()
    {
        var incident = IncidentBuilder.Flanders().Person("p1", 16).Person("p2", 15)
            .Behaviour(Criteria.AllAt(CriterionRating.Black), affected: ["p2"]).Build();

        foreach (var culture in new[] { CultureInfo.InvariantCulture, Dutch })
        {
            var flanders = string.Join("\n", Assess.Incident(incident, new AssessmentOptions { Culture = culture }).Behaviours[0].Responses.SelectMany(r => r.Steps));
            var netherlands = string.Join("\n", Assess.Incident(incident with { Jurisdiction = Jurisdiction.Netherlands }, new AssessmentOptions { Culture = culture }).Behaviours[0].Responses.SelectMany(r => r.Steps));

            // Version 3: no duty and no right of the library's own in Flanders ("a right to speak" needs conditions the sources do not give).
            flanders.Should().NotMatchRegex("(?i)(you must report|report it;|meld het dan|meldplicht|verplicht te melden|right to speak|recht om te spreken|spreekrecht|duty to report|plicht om te melden)");
            flanders.Should().ContainAny("May I consult outside without consent?", "Mag ik zonder toestemming extern overleggen?");
            flanders.Should().ContainAny("101");
            netherlands.Should().ContainAny("melding/aangifte");
            netherlands.Should().ContainAny("afwegingskader");
            netherlands.Should().ContainAny("Added by Sensoa.Flags", "Aanvulling van Sensoa.Flags");
            netherlands.Should().NotContainAny("right to speak", "recht om te spreken", "vertrouwensinspecteur");
        }
    }
}
