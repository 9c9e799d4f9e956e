using Sensoa.Flags.Batch;

namespace Sensoa.Flags.Tests.Batch;

/// <summary>
/// The diff on stored assessments edited to differ from today's in one way at a time, so that each kind of change is
/// tested whatever the rule set is; the diffs of rule set 2.0.0 on real version-1 output are in <see cref="ArchiveTests"/>.
/// </summary>
public sealed class DiffTests
{
    private const string Incident =
        "{\"jurisdiction\":\"flanders\",\"setting\":\"school\",\"people\":[{\"id\":\"p1\",\"ageYears\":14},{\"id\":\"p2\",\"ageYears\":13}],"
        + "\"behaviours\":[{\"id\":\"b1\",\"actorId\":\"p1\",\"affectedIds\":[\"p2\"],\"criteria\":{\"consent\":\"yellow\",\"voluntariness\":\"green\","
        + "\"equality\":\"green\",\"development\":\"green\",\"context\":\"green\",\"impact\":\"green\"},\"intimacy\":\"handsOff\"}]}";

    private static async Task<BatchResult> Reassess(string stored) =>
        (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(BatchLines.Pair(Incident, stored))))).Single();

    [Fact]
    public async Task Compare_SteepRaiseStoredWithoutWarning_OverrideNowWarned()
    {
        var incident = Incident.Replace("\"intimacy\":\"handsOff\"}", "\"intimacy\":\"handsOff\",\"override\":{\"flag\":\"black\",\"basis\":\"frequency\",\"reason\":\"r\"}}", StringComparison.Ordinal);
        var today = BatchLines.Today(incident);
        today.Should().Contain("\"warning\":\"");
        var stored = BatchLines.WithFirstBehaviour(today, "override", "{\"flag\":\"black\",\"basis\":\"frequency\",\"accepted\":true,\"refusal\":null}");

        var result = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(BatchLines.Pair(incident, stored))))).Single();
        var again = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(BatchLines.Pair(incident, today))))).Single();

        result.Change!.Kinds.Should().Equal("override now warned");
        result.Change.Behaviours.Single().NewOverride.Should().Be("acceptedWithWarning");
        again.Change.Should().BeNull("a stored warning reads back as the same fate");
    }

    [Fact]
    public async Task Compare_StoredIsToday_NoChange()
    {
        var result = await Reassess(BatchLines.Today(Incident));
        result.HasStoredAssessment.Should().BeTrue();
        result.Change.Should().BeNull();
    }

    [Fact]
    public async Task Compare_OtherRuleSetVersionSameOutcomes_NoChange()
    {
        var stored = BatchLines.Today(Incident).Replace($"\"ruleSetVersion\":\"{BatchLines.Assessor.RuleSetVersion}\"", "\"ruleSetVersion\":\"0.9.0\"", StringComparison.Ordinal);
        stored.Should().Contain("0.9.0");
        (await Reassess(stored)).Change.Should().BeNull();
    }

    [Fact]
    public async Task Compare_OtherRuleSetVersionOtherFlag_ChangeNamesBothVersionsAndBothFlags()
    {
        var stored = BatchLines.WithFirstBehaviour(
            BatchLines.Today(Incident).Replace($"\"ruleSetVersion\":\"{BatchLines.Assessor.RuleSetVersion}\"", "\"ruleSetVersion\":\"0.9.0\"", StringComparison.Ordinal),
            "flag",
            "\"red\"");
        var change = (await Reassess(stored)).Change!;

        change.OldRuleSetVersion.Should().Be("0.9.0");
        change.NewRuleSetVersion.Should().Be(BatchLines.Assessor.RuleSetVersion);
        change.OutcomeChanged.Should().BeTrue();
        change.Kinds.Should().Equal("flag red→yellow");
        var behaviour = change.Behaviours.Should().ContainSingle().Subject;
        behaviour.BehaviourId.Should().Be("b1");
        (behaviour.OldFlag, behaviour.NewFlag).Should().Be(("red", "yellow"));
        (behaviour.OldComputedFlag, behaviour.NewComputedFlag).Should().Be(("yellow", "yellow"));
    }

    [Theory]
    [InlineData("computedFlag", "\"green\"", "computedFlag green→yellow", true)]
    [InlineData("status", "\"insufficientInformation\"", "status insufficientInformation→complete", true)]
    [InlineData("registration", "\"internal\"", "registration internal→none", true)]
    [InlineData("flag", "null", "flag none→yellow", true)]
    [InlineData("override", "{\"flag\":\"red\",\"basis\":\"intimacy\",\"accepted\":true,\"refusal\":null}", "override accepted→none", true)]
    [InlineData("firedRules", "[{\"id\":\"criteria.mostSevere\"},{\"id\":\"awareness.redToBlack\"}]", "rule no longer fires: awareness.redToBlack", false)]
    [InlineData("firedRules", "[]", "rule now fires: criteria.mostSevere", false)]
    [InlineData("considerations", "[{\"id\":\"intimacy.handsOff\"},{\"id\":\"sexting.forwarding\"}]", "consideration gone: sexting.forwarding", false)]
    [InlineData("considerations", "[]", "consideration new: intimacy.handsOff", false)]
    public async Task Compare_OneValueDiffers_ThatKindOfChange(string property, string storedValue, string kind, bool outcome)
    {
        var change = (await Reassess(BatchLines.WithFirstBehaviour(BatchLines.Today(Incident), property, storedValue))).Change!;

        change.Kinds.Should().Equal(kind);
        change.OutcomeChanged.Should().Be(outcome);
    }

    [Fact]
    public async Task Compare_OverrideAcceptedThenRefusedNow_OverrideNowRefused()
    {
        var incident = Incident.Replace("\"intimacy\":\"handsOff\"", "\"intimacy\":\"handsOff\",\"override\":{\"flag\":\"green\",\"basis\":\"intimacy\",\"reason\":\"x\"}", StringComparison.Ordinal);
        var today = BatchLines.Today(incident);
        today.Should().Contain("\"accepted\":false");
        var stored = today.Replace("\"accepted\":false", "\"accepted\":true", StringComparison.Ordinal);
        var change = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(BatchLines.Pair(incident, stored))))).Single().Change!;

        change.Kinds.Should().Equal("override now refused");
        change.Behaviours.Single().Should().Match<BehaviourChange>(b => b.OldOverride == "accepted" && b.NewOverride == "refused");
    }

    [Fact]
    public async Task Compare_ReferralsDiffer_AddedAndRemovedIds()
    {
        var today = BatchLines.Today(Incident);
        var node = System.Text.Json.Nodes.JsonNode.Parse(today)!;
        var referrals = node["referrals"]!.AsArray();
        var first = referrals[0]!["id"]!.GetValue<string>();
        referrals.RemoveAt(0);
        referrals.Add(System.Text.Json.Nodes.JsonNode.Parse("{\"id\":\"old-service\",\"name\":\"x\"}"));
        var change = (await Reassess(node.ToJsonString())).Change!;

        change.Kinds.Should().Equal($"referral added: {first}", "referral removed: old-service");
        change.Behaviours.Should().BeEmpty();
        change.OldReferrals.Should().EndWith("old-service");
        change.OutcomeChanged.Should().BeTrue();
    }

    [Fact]
    public async Task Compare_BehaviourOnlyOnOneSide_NamedAsMissing()
    {
        var stored = System.Text.Json.Nodes.JsonNode.Parse(BatchLines.Today(Incident))!;
        stored["behaviours"]![0]!["behaviourId"] = "gone";
        var change = (await Reassess(stored.ToJsonString())).Change!;

        change.Kinds.Should().Equal("behaviour not in the stored assessment", "behaviour no longer in the incident");
        change.Behaviours.Select(b => (b.BehaviourId, b.OldFlag, b.NewFlag)).Should().Equal(("b1", null, "yellow"), ("gone", "yellow", null));
    }

    [Fact]
    public async Task Compare_UnknownPropertiesInTheStoredAssessment_Ignored()
    {
        var stored = System.Text.Json.Nodes.JsonNode.Parse(BatchLines.Today(Incident))!;
        stored["producedBy"] = "an older system";
        stored["behaviours"]![0]!["colour"] = "yellowish";
        (await Reassess(stored.ToJsonString())).Change.Should().BeNull();
    }

    [Theory]
    [InlineData("\"behaviourId\":\"b1\"", "\"behaviourId\":\"\\ud800\"", "$.assessment.behaviours[0].behaviourId")]
    [InlineData("\"flag\":\"yellow\"", "\"flag\":\"\\udfff x\"", "$.assessment.behaviours[0].flag")]
    [InlineData("\"flag\":\"yellow\"", "\"flag\":7", "$.assessment.behaviours[0].flag")]
    [InlineData("\"firedRules\":[", "\"firedRules\":[{\"id\":\"\\ud800\"},", "$.assessment.behaviours[0].firedRules[0].id")]
    [InlineData("\"ruleSetVersion\":", "\"ruleSetVersion\\udc00\":1,\"ruleSetVersion\":", null)]
    public async Task Compare_StoredValueUnreadable_ErrorAtItsPathNeverThrown(string find, string replace, string? path)
    {
        var today = BatchLines.Today(Incident);
        today.Should().Contain(find);

        var result = await Reassess(today.Replace(find, replace, StringComparison.Ordinal));

        if (path is null)
        {
            // An unknown name is passed over, even one with an unpaired surrogate: nothing to report, nothing thrown.
            result.Change.Should().BeNull();
            return;
        }

        result.Result.IsValid.Should().BeFalse();
        result.Result.Errors.Select(e => e.Path).Should().Contain(path);
    }

    [Fact]
    public async Task Compare_StoredOverrideAcceptedNotABoolean_ErrorAtItsPath()
    {
        var stored = BatchLines.WithFirstBehaviour(BatchLines.Today(Incident), "override", "{\"accepted\":\"yes\"}");

        var result = await Reassess(stored);

        result.Result.Errors.Select(e => e.Path).Should().Contain("$.assessment.behaviours[0].override.accepted");
    }

    [Fact]
    public async Task Compare_StoredPropertyGivenTwice_DuplicateError()
    {
        var stored = BatchLines.Today(Incident).Replace("\"ruleSetVersion\":", "\"ruleSetVersion\":\"0.1.0\",\"ruleSetVersion\":", StringComparison.Ordinal);

        var result = await Reassess(stored);

        result.Result.Errors.Should().Contain(e => e.Path == "$.assessment.ruleSetVersion" && e.Code == ValidationCodes.DuplicateProperty);
    }
}
