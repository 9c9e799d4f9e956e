using System.Text;
using System.Text.Json.Nodes;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Validation;

public sealed class ValidationTests
{
    private static IReadOnlyList<ValidationError> Errors(string json)
    {
        var result = SensoaJson.ParseIncident(json);
        result.IsValid.Should().BeFalse();
        return result.Errors;
    }

    private static IReadOnlyList<ValidationError> Mutate(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(Samples.Minimal)!.AsObject();
        change(node);
        return Errors(node.ToJsonString());
    }

    private static JsonObject Behaviour(JsonObject root) => root["behaviours"]![0]!.AsObject();

    [Theory]
    [InlineData("", "$", ValidationCodes.InvalidJson)]
    [InlineData("{", "$", ValidationCodes.InvalidJson)]
    [InlineData("[]", "$", ValidationCodes.WrongType)]
    [InlineData("null", "$", ValidationCodes.WrongType)]
    [InlineData("{\"jurisdiction\": \"flanders\",}", "$", ValidationCodes.InvalidJson)]
    [InlineData("{\"people\": [1, 2,, 3]}", "$.people", ValidationCodes.InvalidJson)]
    [InlineData("{\"people\": [{\"id\": tru}]}", "$.people[0].id", ValidationCodes.InvalidJson)]
    [InlineData("{\"people\": [{\"id\": \"a\"}, {\"id\" \"b\"}]}", "$.people[1]", ValidationCodes.InvalidJson)]
    [InlineData("{\"jurisdiction\": \"flanders\" /* c */}", "$", ValidationCodes.InvalidJson)]
    public void Malformed_PathAndCode(string json, string path, string code)
    {
        Errors(json).Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == path && e.Code == code);
    }

    [Fact]
    public void MissingCriterion_PathWhereItShouldBe()
    {
        var errors = Mutate(root => Behaviour(root)["criteria"]!.AsObject().Remove("impact"));
        errors.Should().ContainSingle(e => e.Path == "$.behaviours[0].criteria.impact" && e.Message == "required");
    }

    [Fact]
    public void UnknownEnumValue_NamesFieldAndAllowedValues()
    {
        var errors = Mutate(root => Behaviour(root)["criteria"]!["consent"] = "purple");
        var error = errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.behaviours[0].criteria.consent");
        error.Code.Should().Be(ValidationCodes.UnknownValue);
        error.Message.Should().Contain("green, yellow, red, black, unknown").And.NotContain("purple");
    }

    [Theory]
    [InlineData("jurisdiction", "belgium")]
    [InlineData("setting", "School")]
    public void UnknownEnumValue_TopLevel(string field, string value)
    {
        Mutate(root => root[field] = value).Should().ContainSingle(e => e.Path == "$." + field && e.Code == ValidationCodes.UnknownValue);
    }

    [Fact]
    public void UnknownProperty_Refused()
    {
        Mutate(root => Behaviour(root)["repeatedAfterCorection"] = true)
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].repeatedAfterCorection" && e.Code == ValidationCodes.UnknownProperty);
    }

    [Fact]
    public void DuplicateProperty_Refused()
    {
        var json = Samples.Minimal.Replace("\"setting\": \"school\",", "\"setting\": \"school\", \"setting\": \"sport\",", StringComparison.Ordinal);
        Errors(json).Should().ContainSingle(e => e.Path == "$.setting" && e.Code == ValidationCodes.DuplicateProperty);
    }

    [Fact]
    public void DuplicatePersonId_And_DanglingIds_AllReported()
    {
        var errors = Mutate(root =>
        {
            root["people"]![1]!["id"] = "p1";
            Behaviour(root)["affectedIds"] = new JsonArray("ghost");
        });
        errors.Should().Contain(e => e.Path == "$.people[1].id" && e.Code == ValidationCodes.DuplicateId);
        errors.Should().Contain(e => e.Path == "$.behaviours[0].affectedIds[0]" && e.Code == ValidationCodes.DanglingId);
    }

    [Fact]
    public void DuplicateBehaviourId_Refused()
    {
        var errors = Mutate(root => root["behaviours"]!.AsArray().Add(Behaviour(root).DeepClone()));
        errors.Should().ContainSingle(e => e.Path == "$.behaviours[1].id" && e.Code == ValidationCodes.DuplicateId);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(121)]
    [InlineData(1e300)]
    public void AbsurdAge_OutOfRange(double age)
    {
        Mutate(root => root["people"]![0]!["ageYears"] = age)
            .Should().ContainSingle(e => e.Path == "$.people[0].ageYears" && e.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void NumberBeyondDouble_OutOfRange()
    {
        Errors(Samples.Minimal.Replace("\"ageYears\": 14", "\"ageYears\": 1e400", StringComparison.Ordinal))
            .Should().ContainSingle(e => e.Path == "$.people[0].ageYears" && e.Code == ValidationCodes.OutOfRange);
    }

    [Fact]
    public void WrongTypes_EachReportedWithItsPath()
    {
        var errors = Mutate(root =>
        {
            root["unsafeContext"] = "yes";
            root["people"]![0]!["ageYears"] = "14";
            Behaviour(root)["affectedIds"] = "p2";
        });
        errors.Select(e => (e.Path, e.Code)).Should().BeEquivalentTo(new[]
        {
            ("$.unsafeContext", ValidationCodes.UnknownProperty),
            ("$.people[0].ageYears", ValidationCodes.WrongType),
            ("$.behaviours[0].affectedIds", ValidationCodes.WrongType),
        });
    }

    [Fact]
    public void ActorListedAsAffected_Refused()
    {
        Mutate(root => Behaviour(root)["affectedIds"] = new JsonArray("p1"))
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].affectedIds[0]" && e.Code == ValidationCodes.Invalid);
    }

    [Fact]
    public void OverrideWithoutReason_Required()
    {
        Mutate(root => Behaviour(root)["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "intimacy" })
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].override.reason" && e.Code == ValidationCodes.Required);
    }

    [Fact]
    public void OverrideWithBlankReason_Required()
    {
        Mutate(root => Behaviour(root)["override"] = new JsonObject { ["flag"] = "red", ["basis"] = "intimacy", ["reason"] = "   " })
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].override.reason");
    }

    [Fact]
    public void OverrideFlagUnknown_NotAFlag()
    {
        Mutate(root => Behaviour(root)["override"] = new JsonObject { ["flag"] = "unknown", ["basis"] = "intimacy", ["reason"] = "r" })
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].override.flag" && e.Code == ValidationCodes.UnknownValue);
    }

    [Fact]
    public void TooManyPeople_TooLargeOnceNotPerItem()
    {
        var errors = Mutate(root =>
        {
            var people = new JsonArray();
            for (var i = 0; i <= Limits.MaxPeople; i++)
            {
                people.Add(new JsonObject { ["id"] = $"p{i}", ["ageYears"] = 10 });
            }

            root["people"] = people;
        });
        errors.Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Path == "$.people" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public void TooLongDescription_TooLarge()
    {
        Mutate(root => Behaviour(root)["description"] = new string('x', Limits.MaxDescriptionLength + 1))
            .Should().ContainSingle(e => e.Path == "$.behaviours[0].description" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public void DeepNesting_TooLargeWithPath()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 40)) + string.Concat(Enumerable.Repeat("]", 40));
        var json = Samples.Minimal.Replace("\"description\"", "\"x\"", StringComparison.Ordinal)
            .Replace("\"setting\": \"school\",", "\"setting\": \"school\", \"deep\": " + deep + ",", StringComparison.Ordinal);
        Errors(json).Should().ContainSingle().Which.Should().Match<ValidationError>(e => e.Code == ValidationCodes.TooLarge && e.Path.StartsWith("$.deep", StringComparison.Ordinal));
    }

    [Fact]
    public void TooLargeInput_RefusedBeforeParsing()
    {
        var bytes = new byte[Limits.MaxInputBytes + 1];
        Array.Fill(bytes, (byte)' ');
        SensoaJson.ParseIncident(bytes).Errors.Should().ContainSingle(e => e.Path == "$" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public void InvalidUtf8_InvalidJsonNotException()
    {
        var bytes = Encoding.UTF8.GetBytes(Samples.Minimal);
        bytes[Samples.Minimal.IndexOf("school", StringComparison.Ordinal)] = 0xC3;
        SensoaJson.ParseIncident(bytes).Errors.Should().ContainSingle(e => e.Code == ValidationCodes.InvalidJson);
    }

    [Fact]
    public void UnpairedSurrogateInId_Invalid()
    {
        var json = Samples.Minimal.Replace("\"id\": \"p2\"", "\"id\": \"p\\ud800\"", StringComparison.Ordinal);
        SensoaJson.ParseIncident(json).Errors.Should().Contain(e => e.Path == "$.people[1].id");
    }

    [Fact]
    public void OddPropertyName_PathInBracketsOnOneLine()
    {
        var json = Samples.Minimal.Replace("\"setting\": \"school\",", "\"setting\": \"school\", \"a b\\n'c\": 1,", StringComparison.Ordinal);
        var error = Errors(json).Should().ContainSingle().Subject;
        error.Path.Should().Be("$['a b\\u000a\\'c']");
        error.ToString().Should().NotContain("\n");
    }

    [Fact]
    public void ManyErrors_AllReportedUpToTheCap()
    {
        var errors = Mutate(root =>
        {
            foreach (var criterion in new[] { "consent", "voluntariness", "equality", "development", "context", "impact" })
            {
                Behaviour(root)["criteria"]![criterion] = "pink";
            }
        });
        errors.Should().HaveCount(6);
    }

    [Fact]
    public void NoFreeText_InAnyErrorMessage()
    {
        const string secret = "Secret-Name-Jan";
        var errors = Mutate(root =>
        {
            Behaviour(root)["description"] = secret;
            Behaviour(root)["criteria"]!["consent"] = secret;
            Behaviour(root)["override"] = new JsonObject { ["flag"] = secret, ["basis"] = "intimacy", ["reason"] = secret };
            root["setting"] = secret;
        });
        errors.Should().NotBeEmpty();
        errors.Should().OnlyContain(e => !e.Message.Contains(secret, StringComparison.Ordinal));
    }
}
