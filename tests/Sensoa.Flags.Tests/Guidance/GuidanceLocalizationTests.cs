using System.Globalization;
using System.Text.RegularExpressions;
using Sensoa.Flags.Guidance;
using Sensoa.Flags.Guidance.Directory;
using Sensoa.Flags.Localization;
using Sensoa.Flags.Testing;

namespace Sensoa.Flags.Tests.Guidance;

/// <summary>Every text of the guidance exists in English and Dutch, and the Dutch output uses it (the shipped data's texts: <see cref="LocalizedTextTests"/>).</summary>
public sealed partial class GuidanceLocalizationTests
{
    // The guidance's key families in the library's language table.
    private static readonly string[] GuidanceFamilies =
        ["availabilityNote.", "consult.", "criteria.", "day.", "example.", "flagMeaning.", "hours.", "pitfall.", "response.", "responseSource.", "routing."];

    private static Dictionary<string, string> Entries(string culture) =>
        ResourcePairs.Entries(Texts.Resources, culture).Where(e => GuidanceFamilies.Any(f => e.Key.StartsWith(f, StringComparison.Ordinal))).ToDictionary();

    [Fact]
    public void GuidanceKeys_DutchDiffersFromEnglish_ExceptSymbols()
    {
        var english = Entries("");
        var dutch = Entries("nl");
        english.Should().HaveCountGreaterThan(200);
        var same = english.Keys.Where(k => english[k] == dutch[k]).ToList();
        same.Should().OnlyContain(k => k.StartsWith("hours.", StringComparison.Ordinal), "only formats of symbols may be the same");
    }

    [Fact]
    public void Directory_AssessedInDutch_NoEnglishFallback()
    {
        var nl = new AssessmentOptions { Culture = CultureInfo.GetCultureInfo("nl") };
        foreach (var id in ReferralDirectory.Ids)
        {
            var english = ReferralDirectory.Find(id)!;
            var dutch = ReferralDirectory.Find(id, nl)!;
            dutch.Why.Should().NotBe(english.Why, id);
            dutch.WhatTheyDo.Should().NotBe(english.WhatTheyDo, id);
        }
    }

    [Fact]
    public void Texts_NoKeyLeaksIntoOutput()
    {
        // A missing key falls back to the key itself; no output text may look like one.
        foreach (var culture in Languages.Supported)
        {
            var options = new AssessmentOptions { Culture = CultureInfo.GetCultureInfo(culture), TimeProvider = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(DateTimeOffset.Parse("2026-11-27T16:01:00+01:00", CultureInfo.InvariantCulture)) };
            foreach (var example in WorkedExamples.All())
            {
                var assessment = Assess.Incident(example.ToIncident() with { OccurredYearsAgo = 11, InvolvesSexting = true }, options);
                var texts = assessment.Behaviours.SelectMany(b => b.Responses.SelectMany(r => r.Steps))
                    .Concat(assessment.Referrals.SelectMany(r => new[] { r.Name, r.Why, r.Hours, r.AvailabilityNote }).OfType<string>());
                texts.Should().NotContain(t => KeyLike().IsMatch(t), example.Id);
            }
        }
    }

    [GeneratedRegex(@"^[a-z]+(\.[a-zA-Z0-9]+)+$")]
    private static partial Regex KeyLike();
}
