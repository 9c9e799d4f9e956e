using Sensoa.Flags.Batch;

namespace Sensoa.Flags.Tests.Batch;

public sealed class SummaryTests
{
    private static ReassessmentSummary Sample() => new()
    {
        NewRuleSetVersion = "2.0.0",
        LinesRead = 12,
        BlankLines = 1,
        Compared = 9,
        Assessed = 1,
        Unchanged = 4,
        OutcomeChanged = 4,
        ExplanationChanged = 1,
        Refused = 1,
        Changes = [new ChangeCount("flag yellow→red", 3), new ChangeCount("override now refused", 1)],
        Refusals = [new ChangeCount("$.incident.unsafeContext (unknownProperty)", 1)],
    };

    [Fact]
    public void ToTable_Counts_OneAlignedRowEach()
    {
        var table = Sample().ToTable();
        table.Should().StartWith("Re-assessed with rule set 2.0.0\n");
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();
        rows.Select(r => r.Length).Distinct().Should().ContainSingle("every row ends in the same column");
        rows.Should().Contain(r => r.StartsWith("flag yellow→red", StringComparison.Ordinal) && r.EndsWith(" 3", StringComparison.Ordinal));
        rows.Should().Contain(r => r.StartsWith("$.incident.unsafeContext (unknownProperty)", StringComparison.Ordinal));
    }

    [Fact]
    public void ToJson_Counts_ContractNamesAndDeterministic()
    {
        var json = Sample().ToJson();
        json.Should().Be(Sample().ToJson());
        json.Should().Contain("\"outcomeChanged\": 4").And.Contain("{\n      \"kind\": \"flag yellow→red\",\n      \"count\": 3\n    }").And.EndWith("}\n");
    }

    [Fact]
    public async Task ReassessAsync_SameInputTwice_SameRecordsAndSummary()
    {
        var lines = Enumerable.Range(1, 300).Select(n => n % 3 == 0 ? BatchLines.Incident(n) : BatchLines.Pair(BatchLines.Incident(n), BatchLines.Today(BatchLines.Incident(n + 1)))).ToArray();
        var first = new MemoryStream();
        var second = new MemoryStream();
        var a = await BatchLines.Assessor.ReassessAsync(BatchLines.Stream(lines), first, new BatchOptions { MaxDegreeOfParallelism = 3 });
        var b = await BatchLines.Assessor.ReassessAsync(BatchLines.Stream(lines), second, new BatchOptions { MaxDegreeOfParallelism = 1 });

        first.ToArray().Should().Equal(second.ToArray());
        a.ToJson().Should().Be(b.ToJson());
        a.Assessed.Should().Be(100);
        (a.Unchanged + a.OutcomeChanged + a.ExplanationChanged).Should().Be(200);
        a.OutcomeChanged.Should().BePositive();
    }

    [Fact]
    public async Task ReassessAsync_WithProgress_LastReportCountsEveryLineAndByte()
    {
        var reports = new List<BatchProgress>();
        var input = BatchLines.Stream(BatchLines.Pair(BatchLines.Incident(1)), "bad", BatchLines.Incident(2));
        await BatchLines.Assessor.ReassessAsync(input, Stream.Null, progress: new Collect(reports));

        reports.Should().NotBeEmpty();
        reports[^1].Should().Match<BatchProgress>(p => p.LinesRead == 3 && p.Errors == 1 && p.Changed == 0 && p.BytesRead == input.Length);
    }

    private sealed class Collect(List<BatchProgress> reports) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => reports.Add(value);
    }
}
