using System.Globalization;
using System.Text;
using System.Text.Json;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Json;

public sealed class SensoaJsonTests
{
    [Theory]
    [MemberData(nameof(Samples.Names), MemberType = typeof(Samples))]
    public void ShippedSample_Assesses(string name)
    {
        var result = Assess.Assessor.AssessJson(Samples.Read(name));
        result.Errors.Should().BeEmpty();
        result.Assessment!.Behaviours.Should().NotBeEmpty();
    }

    [Fact]
    public void ShippedSamples_CoverEveryFlagAndATwoPersonIncident()
    {
        var assessments = Samples.Files.Select(f => Assess.Assessor.AssessJson(File.ReadAllBytes(f)).Assessment!).ToList();
        assessments.SelectMany(a => a.Behaviours).Select(b => b.Flag).Distinct()
            .Should().Contain([Flag.Green, Flag.Yellow, Flag.Red, Flag.Black]);
        assessments.Should().Contain(a => a.Behaviours.Select(b => b.ActorId).Distinct().Count() >= 2);
    }

    [Fact]
    public void Serialize_ContractShape_CamelCaseEnumsAsStringsNullsPresent()
    {
        var result = Assess.Assessor.AssessJson(Encoding.UTF8.GetBytes(Samples.Minimal)).Assessment!;
        using var doc = JsonDocument.Parse(SensoaJson.Serialize(result));
        var root = doc.RootElement;
        root.EnumerateObject().Select(p => p.Name).Should().Equal("ruleSetVersion", "behaviours", "referrals");
        var b = root.GetProperty("behaviours")[0];
        b.EnumerateObject().Select(p => p.Name).Should().Equal(
            "behaviourId", "actorId", "criteriaFlag", "computedFlag", "flag", "status", "unknownCriteria",
            "firedRules", "override", "considerations", "registration", "responses");
        b.GetProperty("flag").GetString().Should().Be("yellow");
        b.GetProperty("status").GetString().Should().Be("complete");
        b.GetProperty("override").ValueKind.Should().Be(JsonValueKind.Null);
        b.GetProperty("registration").GetString().Should().Be("none");
        var fired = b.GetProperty("firedRules")[0];
        fired.EnumerateObject().Select(p => p.Name).Should().Equal("id", "from", "to", "message");
        fired.GetProperty("from").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public void Serialize_RegistrationAndStatus_CamelCaseMultiWord()
    {
        var json = SensoaJson.Serialize(Assess.Incident(IncidentBuilder.Flanders()
            .Behaviour(IncidentBuilder.Criteria(CriterionRating.Black))
            .Behaviour(Criteria.AllAt(CriterionRating.Unknown).With(Criterion.Consent, CriterionRating.Yellow))
            .Build()));
        json.Should().Contain("\"internalAndExternal\"").And.Contain("\"insufficientInformation\"");
    }

    [Fact]
    public void Serialize_SameInput_ByteIdenticalAcrossCultures()
    {
        var bytes = Samples.Read("two-person-sexting.json");
        var outputs = new List<string>();
        foreach (var culture in new[] { "nl-BE", "en-US", "tr-TR", "" })
        {
            var previous = CultureInfo.CurrentCulture;
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            try
            {
                outputs.Add(SensoaJson.Serialize(Assess.Assessor.AssessJson(bytes).Assessment!));
            }
            finally
            {
                CultureInfo.CurrentCulture = previous;
                CultureInfo.CurrentUICulture = previous;
            }
        }

        outputs.Distinct().Should().ContainSingle();
        outputs[0].Should().NotContain("\r");
    }

    [Fact]
    public void Incident_RoundTrip_ThroughSourceGeneratedSerializer()
    {
        var parsed = SensoaJson.ParseIncident(Samples.Read("two-person-sexting.json"));
        parsed.IsValid.Should().BeTrue();
        var again = SensoaJson.ParseIncident(SensoaJson.Serialize(parsed.Incident!));
        again.Errors.Should().BeEmpty();
        again.Incident.Should().BeEquivalentTo(parsed.Incident);
    }

    [Fact]
    public void Assessment_RoundTrip_Deserialize()
    {
        var assessment = Assess.Assessor.AssessJson(Samples.Read("red-repeated-after-correction.json")).Assessment!;
        var json = SensoaJson.Serialize(assessment);
        SensoaJson.Serialize(SensoaJson.DeserializeAssessment(json)).Should().Be(json);
    }

    [Fact]
    public void ParseIncident_Defaults_BooleansFalseYearsZeroAffectedEmpty()
    {
        var incident = SensoaJson.ParseIncident("""
            { "jurisdiction": "netherlands", "setting": "online",
              "people": [ { "id": "a", "ageYears": 1.5 } ],
              "behaviours": [ { "id": "b", "actorId": "a", "criteria": { "consent": "green", "voluntariness": "green",
                "equality": "green", "development": "green", "context": "green", "impact": "unknown" } } ] }
            """).Incident!;
        incident.OccurredYearsAgo.Should().Be(0);
        incident.Behaviours[0].DistributesImages.Should().BeFalse();
        incident.Behaviours[0].Labels.Should().BeEmpty();
        incident.People[0].AgeYears.Should().Be(1.5);
        incident.People[0].HasDisability.Should().BeFalse();
        incident.Behaviours[0].AffectedIds.Should().BeEmpty();
        incident.Behaviours[0].Intimacy.Should().BeNull();
        incident.Behaviours[0].Criteria.Impact.Should().Be(CriterionRating.Unknown);
    }

    [Fact]
    public void ParseIncident_Utf8Bom_Accepted()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Samples.Minimal)).ToArray();
        SensoaJson.ParseIncident(bytes).IsValid.Should().BeTrue();
    }
}
