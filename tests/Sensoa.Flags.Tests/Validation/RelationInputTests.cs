using System.Text.Json.Nodes;
using Sensoa.Flags.Json;
using Sensoa.Flags.Tests.Json;

namespace Sensoa.Flags.Tests.Validation;

/// <summary>The behaviour's <c>relation</c> (contract version 3): every value read, bad values refused at their path, absent still fine.</summary>
public sealed class RelationInputTests
{
    private static string WithRelation(JsonNode? value)
    {
        var root = JsonNode.Parse(Samples.Minimal)!.AsObject();
        root["behaviours"]![0]!.AsObject()["relation"] = value;
        return root.ToJsonString();
    }

    [Theory]
    [InlineData("peer", Relation.Peer)]
    [InlineData("family", Relation.Family)]
    [InlineData("partner", Relation.Partner)]
    [InlineData("professional", Relation.Professional)]
    [InlineData("colleague", Relation.Colleague)]
    [InlineData("client", Relation.Client)]
    [InlineData("other", Relation.Other)]
    public void Relation_EachContractValue_Read(string name, Relation expected)
    {
        var result = SensoaJson.ParseIncident(WithRelation(name));
        result.Errors.Should().BeEmpty();
        result.Incident!.Behaviours[0].Relation.Should().Be(expected);
    }

    [Fact]
    public void Relation_Absent_ReadAsNotKnownAndAssessed()
    {
        var result = Assess.Assessor.AssessJson(System.Text.Encoding.UTF8.GetBytes(Samples.Minimal));
        result.Errors.Should().BeEmpty();
        result.Assessment!.Behaviours.Single().Flag.Should().Be(Flag.Yellow);
        SensoaJson.ParseIncident(Samples.Minimal).Incident!.Behaviours[0].Relation.Should().BeNull();
    }

    [Theory]
    [InlineData("parent")]
    [InlineData("Family")]
    [InlineData("")]
    public void Relation_UnknownValue_RefusedAtItsPathWithTheAllowedValues(string value)
    {
        var error = SensoaJson.ParseIncident(WithRelation(value)).Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.behaviours[0].relation");
        error.Code.Should().Be(ValidationCodes.UnknownValue);
        error.Message.Should().Contain("peer, family, partner, professional, colleague, client, other");
    }

    [Fact]
    public void Relation_WrongType_RefusedAtItsPath()
    {
        var error = SensoaJson.ParseIncident(WithRelation(3)).Errors.Should().ContainSingle().Subject;
        error.Path.Should().Be("$.behaviours[0].relation");
        error.Code.Should().Be(ValidationCodes.WrongType);
    }

    [Fact]
    public void Relation_UndefinedValueFromCode_RefusedAtItsPath()
    {
        var incident = IncidentBuilder.Flanders().Behaviour(IncidentBuilder.Criteria(CriterionRating.Yellow), affected: ["p2"], relation: (Relation)42).Build();
        var result = Assess.Assessor.Assess(incident);
        result.Assessment.Should().BeNull();
        result.Errors.Should().ContainSingle(e => e.Path == "$.behaviours[0].relation" && e.Code == ValidationCodes.UnknownValue);
    }
}
