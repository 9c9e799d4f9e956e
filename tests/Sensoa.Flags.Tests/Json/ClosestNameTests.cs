using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Json;

public sealed class ClosestNameTests
{
    [Theory]
    [InlineData("jurisdicton", "jurisdiction")]
    [InlineData("behavours", "behaviours")]
    [InlineData("Setting", "setting")]
    [InlineData("peolpe", "people")]
    [InlineData("actroId", "actorId")]
    public void Find_NearMiss_ReturnsTheAllowedName(string typed, string expected)
    {
        ClosestName.Find(typed, ["jurisdiction", "setting", "people", "behaviours", "actorId", "affectedIds"]).Should().Be(expected);
    }

    [Theory]
    [InlineData("colour")]
    [InlineData("x")]
    [InlineData("")]
    [InlineData("jurisdiction")]
    public void Find_FarMissOrExact_ReturnsNull(string typed)
    {
        ClosestName.Find(typed, ["jurisdiction", "setting", "people"]).Should().BeNull();
    }

    [Fact]
    public void Find_Tie_TakesTheEarlierCandidate()
    {
        ClosestName.Find("ab", ["ac", "ad"]).Should().Be("ac");
    }

    [Fact]
    public void Distance_IsSymmetricAndZeroOnlyForEqual()
    {
        var word = CsCheck.Gen.String[CsCheck.Gen.Char.AlphaNumeric, 0, 12];
        CsCheck.Check.Sample(CsCheck.Gen.Select(word, word), pair =>
            ClosestName.Distance(pair.Item1, pair.Item2) == ClosestName.Distance(pair.Item2, pair.Item1)
            && (ClosestName.Distance(pair.Item1, pair.Item2) == 0) == string.Equals(pair.Item1, pair.Item2, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void ParseIncident_MisspeltProperty_SuggestsTheAllowedName()
    {
        var json = """{ "jurisdicton": "flanders", "setting": "school", "people": [], "behaviours": [] }"""u8.ToArray();
        var error = SensoaJson.ParseIncident(json).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.UnknownProperty).Subject;
        error.Path.Should().Be("$.jurisdicton");
        error.Message.Should().StartWith("unknown property; did you mean 'jurisdiction'? allowed here: jurisdiction, ");
    }

    [Fact]
    public void ParseIncident_UnrelatedProperty_NoSuggestion()
    {
        var json = """{ "jurisdiction": "flanders", "colour": 1, "setting": "school", "people": [], "behaviours": [] }"""u8.ToArray();
        SensoaJson.ParseIncident(json).Errors.Should().Contain(e => e.Path == "$.colour" && e.Message.StartsWith("unknown property; allowed here: ", StringComparison.Ordinal));
    }
}
