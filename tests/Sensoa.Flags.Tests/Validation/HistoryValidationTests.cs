using System.Text.Json.Nodes;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>The case file's history and <c>repeated</c> are checked like the rest of the input: every error with its JSON path.</summary>
public sealed class HistoryValidationTests
{
    private static JsonObject Root() => JsonNode.Parse(Samples.Minimal)!.AsObject();

    private static string PersonId(JsonObject root) => root["people"]![0]!["id"]!.GetValue<string>();

    private static JsonObject Entry(string id, string person, string date = "2026-10-03", string flag = "yellow") =>
        new() { ["id"] = id, ["personId"] = person, ["occurredOn"] = date, ["flag"] = flag, ["addressed"] = true, ["labels"] = new JsonArray("jokes") };

    private static IncidentParseResult Parse(JsonObject root) => SensoaJson.ParseIncident(root.ToJsonString());

    private static IReadOnlyList<ValidationError> Errors(Action<JsonObject> change)
    {
        var root = Root();
        change(root);
        var result = Parse(root);
        if (result.IsValid)
        {
            return FlagAssessor.Create().Assess(result.Incident!).Errors;
        }

        return result.Errors;
    }

    [Fact]
    public void History_Valid_Read()
    {
        var root = Root();
        root["history"] = new JsonArray(Entry("h1", PersonId(root)));

        var incident = Parse(root).Incident!;

        incident.History.Should().ContainSingle().Which.Should().Match<HistoryEntry>(e =>
            e.Id == "h1" && e.OccurredOn == new DateOnly(2026, 10, 3) && e.Flag == Flag.Yellow && e.Addressed && e.Labels.Single() == "jokes");
    }

    [Fact]
    public void History_Absent_Empty()
    {
        Parse(Root()).Incident!.History.Should().BeEmpty();
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-13-01")]
    [InlineData("03-10-2026")]
    [InlineData("2026-1-3")]
    [InlineData("2026-10-03T00:00:00")]
    [InlineData("")]
    public void History_NotARealDate_InvalidAtItsPath(string date)
    {
        var errors = Errors(root => root["history"] = new JsonArray(Entry("h1", PersonId(root), date)));

        errors.Should().ContainSingle(e => e.Path == "$.history[0].occurredOn" && e.Code == ValidationCodes.Invalid);
    }

    [Fact]
    public void History_DuplicateId_NamesTheFirst()
    {
        var errors = Errors(root => root["history"] = new JsonArray(Entry("h1", PersonId(root)), Entry("h1", PersonId(root))));

        errors.Should().ContainSingle(e => e.Path == "$.history[1].id" && e.Code == ValidationCodes.DuplicateId && e.Message.Contains("$.history[0]"));
    }

    [Fact]
    public void History_PersonNotInTheIncident_Dangling()
    {
        Errors(root => root["history"] = new JsonArray(Entry("h1", "nobody")))
            .Should().ContainSingle(e => e.Path == "$.history[0].personId" && e.Code == ValidationCodes.DanglingId);
    }

    [Fact]
    public void History_UnknownFlag_NamesAllowedValues()
    {
        Errors(root => root["history"] = new JsonArray(Entry("h1", PersonId(root), flag: "orange")))
            .Should().ContainSingle(e => e.Path == "$.history[0].flag" && e.Code == ValidationCodes.UnknownValue && e.Message.Contains("black"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("personId")]
    [InlineData("occurredOn")]
    [InlineData("flag")]
    public void History_MissingRequired_PathWhereItShouldBe(string name)
    {
        Errors(root =>
        {
            var entry = Entry("h1", PersonId(root));
            entry.Remove(name);
            root["history"] = new JsonArray(entry);
        }).Should().ContainSingle(e => e.Path == $"$.history[0].{name}" && e.Code == ValidationCodes.Required);
    }

    [Fact]
    public void History_UnknownProperty_Refused()
    {
        Errors(root =>
        {
            var entry = Entry("h1", PersonId(root));
            entry["verdict"] = "red person";
            root["history"] = new JsonArray(entry);
        }).Should().ContainSingle(e => e.Path == "$.history[0].verdict" && e.Code == ValidationCodes.UnknownProperty);
    }

    [Fact]
    public void History_LabelTooLongAndTooMany_LimitsOfABehavioursLabels()
    {
        Errors(root =>
        {
            var entry = Entry("h1", PersonId(root));
            entry["labels"] = new JsonArray(new string('x', Limits.MaxLabelLength + 1));
            var many = Entry("h2", PersonId(root));
            many["labels"] = new JsonArray([.. Enumerable.Range(0, Limits.MaxLabels + 1).Select(i => (JsonNode)$"l{i}")]);
            root["history"] = new JsonArray(entry, many);
        }).Should().Contain(e => e.Path == "$.history[0].labels[0]" && e.Code == ValidationCodes.TooLarge)
            .And.Contain(e => e.Path == "$.history[1].labels" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public void History_MoreThanTheLimit_TooLarge()
    {
        Errors(root => root["history"] = new JsonArray([.. Enumerable.Range(0, Limits.MaxHistoryEntries + 1).Select(i => (JsonNode)Entry($"h{i}", PersonId(root)))]))
            .Should().ContainSingle(e => e.Path == "$.history" && e.Code == ValidationCodes.TooLarge);
    }

    [Fact]
    public void History_AtTheLimit_Assessed()
    {
        var root = Root();
        root["history"] = new JsonArray([.. Enumerable.Range(0, Limits.MaxHistoryEntries).Select(i => (JsonNode)Entry($"h{i}", PersonId(root)))]);

        FlagAssessor.Create().AssessJson(System.Text.Encoding.UTF8.GetBytes(root.ToJsonString())).IsValid.Should().BeTrue();
    }

    [Fact]
    public void History_FromCode_SameChecks()
    {
        var incident = IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow)).Build() with
        {
            History =
            [
                new HistoryEntry { Id = "h1", PersonId = "p9", OccurredOn = new DateOnly(2026, 1, 1), Flag = (Flag)7 },
                new HistoryEntry { Id = "h1", PersonId = "p1", OccurredOn = new DateOnly(2026, 1, 1), Flag = Flag.Red, Labels = null! },
                null!,
            ],
        };

        var errors = FlagAssessor.Create().Assess(incident).Errors;

        errors.Select(e => e.Path).Should().Contain(["$.history[0].personId", "$.history[0].flag", "$.history[1].id", "$.history[1].labels", "$.history[2]"]);
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(false, false, false)]
    public void Repeated_BothGivenAndAgreeing_Accepted(bool repeated, bool old, bool expected)
    {
        var root = Root();
        root["behaviours"]![0]!["repeated"] = repeated;
        root["behaviours"]![0]!["repeatedAfterCorrection"] = old;

        Parse(root).Incident!.Behaviours[0].Repeated.Should().Be(expected);
    }

    [Fact]
    public void Repeated_OldNameOnly_ReadAsRepeated()
    {
        var root = Root();
        root["behaviours"]![0]!["repeatedAfterCorrection"] = true;

        Parse(root).Incident!.Behaviours[0].Repeated.Should().BeTrue();
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Repeated_BothGivenAndDisagreeing_AnErrorAtBothPaths(bool repeated, bool old)
    {
        var errors = Errors(root =>
        {
            root["behaviours"]![0]!["repeated"] = repeated;
            root["behaviours"]![0]!["repeatedAfterCorrection"] = old;
        });

        errors.Should().HaveCount(2);
        errors.Should().ContainSingle(e => e.Path == "$.behaviours[0].repeated" && e.Code == ValidationCodes.Invalid && e.Message.Contains("$.behaviours[0].repeatedAfterCorrection"));
        errors.Should().ContainSingle(e => e.Path == "$.behaviours[0].repeatedAfterCorrection" && e.Code == ValidationCodes.Invalid && e.Message.Contains("disagrees with $.behaviours[0].repeated:"));
    }
}
