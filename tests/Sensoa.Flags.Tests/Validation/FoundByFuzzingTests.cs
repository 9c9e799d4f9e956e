using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>The minimal reproducers of real bugs the fuzzers found, kept so that they stay fixed.</summary>
public sealed class FoundByFuzzingTests
{
    [Theory]
    [InlineData("\U0001F467")]
    [InlineData("e\u0301lève")]
    [InlineData("日本1")]
    public void Id_WithCharactersBeyondTheBasicPlane_Accepted(string id)
    {
        // Found by the random valid incidents: an emoji is a surrogate pair, and ids holding one were refused as "invalid".
        var incident = IncidentBuilder.Flanders().Person(id, 14).Person("p2", 14)
            .Behaviour(Criteria.AllAt(CriterionRating.Yellow), actor: id, affected: ["p2"]).Build();
        Assess.Assessor.Assess(incident).Errors.Should().BeEmpty();
        Assess.Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(SensoaJson.Serialize(incident))).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Id_WithALoneSurrogate_StillInvalid()
    {
        // A fact, not a theory: xunit's theory data would turn a lone surrogate into U+FFFD before the test sees it.
        foreach (var id in new[] { "p\ud800", "\udc00p", "p\ud83d\ud83d", "\udea9\ud83d" })
        {
            var incident = IncidentBuilder.Flanders().Person(id, 14).Person("p2", 14)
                .Behaviour(Criteria.AllAt(CriterionRating.Yellow), actor: "p2").Build();
            Assess.Assessor.Assess(incident).Errors.Should().ContainSingle(e => e.Path == "$.people[0].id" && e.Code == ValidationCodes.Invalid);
        }
    }
}
