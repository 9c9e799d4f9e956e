using System.Text.Json.Nodes;
using Sensoa.Flags.Batch;

namespace Sensoa.Flags.Tests.Batch;

/// <summary>
/// The diff of today's rule set (3.0.0) on the shipped archive: stored assessments made by the rule set 1.0.0 command line,
/// one test per outcome that versions 2 and 3 change, each on a line written to show it (no line has a history, the basis
/// combination or a steep raise; version 3's routing adds the police for black in Flanders and the child-abuse centre only
/// for suspected child abuse).
/// </summary>
public sealed class ArchiveTests
{
    private static readonly string[] Lines = File.ReadAllLines(BatchLines.ArchivePath);

    private static async Task<BatchResult> Line(int number) =>
        (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(Lines[number - 1])))).Single();

    private static async Task<AssessmentChange> Change(int number)
    {
        var result = await Line(number);
        result.Result.IsValid.Should().BeTrue(string.Join("; ", result.Result.Errors));
        result.Change.Should().NotBeNull();
        result.Change!.OldRuleSetVersion.Should().Be("1.0.0");
        result.Change.NewRuleSetVersion.Should().Be("3.0.0");
        return result.Change;
    }

    [Fact]
    public void Archive_EveryStoredAssessment_IsFromRuleSet1()
    {
        Lines.Should().HaveCount(47);
        Lines.Select(l => JsonNode.Parse(l)!["assessment"]!["ruleSetVersion"]!.GetValue<string>()).Should().OnlyContain(v => v == "1.0.0");
    }

    [Fact]
    public async Task Diff_RepetitionByAnUnderSix_YellowToRedAndTheExceptionNoLongerFires()
    {
        var change = await Change(1);
        change.Kinds.Should().Contain(["flag yellow→red", "computedFlag yellow→red", "registration none→internal",
            "rule no longer fires: repetition.exception", "rule now fires: repetition.yellowToRed"]);
        change.Behaviours.Single().Should().Match<BehaviourChange>(b => b.BehaviourId == "touching" && b.OldFlag == "yellow" && b.NewFlag == "red");
    }

    [Theory]
    [InlineData(3, "flag yellow→red")]
    [InlineData(4, "flag red→black")]
    [InlineData(5, "flag yellow→red")]
    public async Task Diff_RepetitionByADisabledOrLowFunctioningActor_OneFlagHeavier(int line, string kind)
    {
        var change = await Change(line);
        change.Kinds.Should().Contain([kind, "rule no longer fires: repetition.exception"]);
    }

    [Fact]
    public async Task Diff_RepetitionThenKnownBoundary_YellowToBlackThroughTheChain()
    {
        var change = await Change(8);
        change.Kinds.Should().Contain(["flag yellow→black", "rule now fires: repetition.yellowToRed", "rule now fires: knownBoundary.redToBlack"]);
    }

    [Fact]
    public async Task Diff_AwarenessWeighedNotARule_BlackToRedWithAConsideration()
    {
        var change = await Change(11);
        change.Kinds.Should().Contain(["flag black→red", "registration internalAndExternal→internal",
            "rule no longer fires: awareness.redToBlack", "consideration new: awareness.atTheTime"]);
    }

    [Fact]
    public async Task Diff_AwarenessOverrideToBlack_FinalFlagKeptComputedFlagLower()
    {
        var change = await Change(14);
        change.Kinds.Should().Contain("computedFlag black→red").And.NotContain(k => k.StartsWith("flag ", StringComparison.Ordinal));
        change.Behaviours.Single().NewOverride.Should().Be("accepted");
    }

    [Fact]
    public async Task Diff_OverrideEqualToTheOldComputedFlag_NowRefusedAsLowering()
    {
        var change = await Change(9);
        change.Kinds.Should().Contain(["override now refused", "flag yellow→red", "computedFlag yellow→red"]);
    }

    [Fact]
    public async Task Diff_IncidentWithUnsafeContext_RefusedNamingTheProperty()
    {
        var result = await Line(17);
        result.HasStoredAssessment.Should().BeTrue();
        result.Result.Errors.Select(e => e.Path).Should().Equal("$.incident.unsafeContext");
    }

    [Fact]
    public async Task Diff_OverrideWithBasisOther_RefusedNamingTheBasis()
    {
        var result = await Line(20);
        result.Result.Errors.Select(e => e.Path).Should().Equal("$.incident.behaviours[0].override.basis");
    }

    [Fact]
    public async Task Diff_SextingIncident_TheIncidentWideConsiderationIsGone()
    {
        var change = await Change(27);
        change.Kinds.Should().Equal("consideration gone: sexting.forwarding");
        change.OutcomeChanged.Should().BeFalse();
    }

    [Fact]
    public async Task Diff_VersionOneSextingLineGivenTheNewFact_DistributionMakesGreenYellow()
    {
        var pair = JsonNode.Parse(Lines[26])!;
        pair["incident"]!["behaviours"]![0]!["distributesImages"] = true;
        var result = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(pair.ToJsonString())))).Single();

        result.Change!.Kinds.Should().Contain(["flag green→yellow", "rule now fires: sexting.distribution", "referral added: igvm"]);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    public async Task Diff_RedOrBlackAmongMinors_NoChildAbuseCentre(int line)
    {
        // Version 2 added the centre for any red or black affecting a minor; version 3 keeps it for suspected child abuse.
        var result = await Line(line);
        (result.Change?.Kinds ?? []).Should().NotContain("referral added: vertrouwenscentrum-kindermishandeling");
    }

    [Theory]
    [InlineData(32)]
    [InlineData(35)]
    public async Task Diff_FlandersBlack_PolitieAdded(int line)
    {
        var change = await Change(line);
        change.Kinds.Should().Contain("referral added: politie");
        change.Behaviours.Should().BeEmpty("no behaviour's assessment changed, only the routing");
    }

    [Theory]
    [InlineData(30)]
    [InlineData(37)]
    [InlineData(42)]
    public async Task Diff_OutcomeVersion2DoesNotTouch_NoChange(int line) =>
        (await Line(line)).Change.Should().BeNull();

    [Fact]
    public async Task ReassessAsync_ShippedArchive_SummaryAsInTheReadme()
    {
        using var archive = File.OpenRead(BatchLines.ArchivePath);
        var summary = await BatchLines.Assessor.ReassessAsync(archive, Stream.Null);
        var readme = File.ReadAllText(Path.Combine(Snapshot.RepositoryRoot, "README.md"));
        readme.Should().Contain(summary.ToTable().TrimEnd('\n'));
    }
}
