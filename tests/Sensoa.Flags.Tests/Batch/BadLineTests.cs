using System.Text;
using Sensoa.Flags.Batch;

namespace Sensoa.Flags.Tests.Batch;

public sealed class BadLineTests
{
    [Fact]
    public async Task AssessManyAsync_BadLinesInTheMiddle_ErrorsWithLineAndPathAndTheRunGoesOn()
    {
        var good = BatchLines.Incident(2);
        var unknownProperty = good.Replace("\"setting\":\"school\"", "\"setting\":\"school\",\"colour\":\"blue\"", StringComparison.Ordinal);
        var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(
            good, "{\"jurisdiction\": \"flanders\", ", good, unknownProperty, "[1, 2]", good)));

        results.Select(r => r.LineNumber).Should().Equal(1, 2, 3, 4, 5, 6);
        results.Select(r => r.Result.IsValid).Should().Equal(true, false, true, false, false, true);
        results[1].Result.Errors.Should().ContainSingle().Which.Code.Should().Be("invalidJson");
        results[3].Result.Errors.Should().ContainSingle().Which.Path.Should().Be("$.colour");
        results[4].Result.Errors.Should().ContainSingle().Which.Path.Should().Be("$");
    }

    [Fact]
    public async Task AssessManyAsync_PairWithBadIncident_PathsUnderIncident()
    {
        var incident = BatchLines.Incident(3);
        var stored = BatchLines.Today(incident);
        var bad = incident.Replace("\"consent\":\"", "\"consent\":\"purple", StringComparison.Ordinal);
        var result = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(BatchLines.Pair(bad, stored))))).Single();

        result.HasStoredAssessment.Should().BeTrue();
        result.Result.Errors.Should().NotBeEmpty().And.OnlyContain(e => e.Path.StartsWith("$.incident.behaviours[", StringComparison.Ordinal) && e.Path.EndsWith(".criteria.consent", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"incident\":%I%,\"assessment\":{\"behaviours\":[],\"referrals\":[]}}", "$.assessment.ruleSetVersion")]
    [InlineData("{\"incident\":%I%,\"assessment\":{\"ruleSetVersion\":\"1.0.0\",\"behaviours\":[{\"flag\":\"red\"}],\"referrals\":[]}}", "$.assessment.behaviours[0].behaviourId")]
    [InlineData("{\"incident\":%I%,\"assessment\":{\"ruleSetVersion\":\"1.0.0\",\"behaviours\":[{\"behaviourId\":\"x\",\"flag\":3}],\"referrals\":[]}}", "$.assessment.behaviours[0].flag")]
    [InlineData("{\"incident\":%I%,\"assessment\":[]}", "$.assessment")]
    [InlineData("{\"assessment\":{\"ruleSetVersion\":\"1.0.0\",\"behaviours\":[],\"referrals\":[]}}", "$.incident")]
    [InlineData("{\"incident\":%I%,\"note\":\"x\"}", "$.note")]
    [InlineData("{\"incident\":%I%,\"assessment\":{\"ruleSetVersion\":\"1.0.0\",\"behaviours\":[],\"referrals\":[]}", "$")]
    public async Task AssessManyAsync_BadPair_ErrorNamesThePath(string template, string path)
    {
        var line = template.Replace("%I%", BatchLines.Incident(4), StringComparison.Ordinal);
        var result = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(line)))).Single();

        result.Result.IsValid.Should().BeFalse();
        result.Result.Errors.Select(e => e.Path).Should().Contain(path);
    }

    [Fact]
    public async Task AssessManyAsync_LineLongerThanTheLimit_TooLargeAndTheNextLineIsRead()
    {
        var huge = new string(' ', JsonLinesReader.MaxLineBytes + 10) + "{}";
        var good = BatchLines.Incident(5);
        var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(new MemoryStream(Encoding.UTF8.GetBytes($"{good}\n{huge}\n{good}\n"))));

        results.Select(r => r.LineNumber).Should().Equal(1, 2, 3);
        results[1].Result.Errors.Should().ContainSingle().Which.Code.Should().Be("tooLarge");
        results[2].Result.IsValid.Should().BeTrue();
    }

    [Fact]
    public async Task ReassessAsync_BadLineInTheMiddle_ErrorRecordAndCountedAndOtherLinesCompared()
    {
        var incident = BatchLines.Incident(6);
        var records = new MemoryStream();
        var summary = await BatchLines.Assessor.ReassessAsync(
            BatchLines.Stream(BatchLines.Pair(incident), "not json", BatchLines.Pair(incident)), records);

        summary.LinesRead.Should().Be(3);
        summary.Compared.Should().Be(2);
        summary.Unchanged.Should().Be(2);
        summary.Refused.Should().Be(1);
        summary.Refusals.Should().ContainSingle().Which.Kind.Should().Be("$ (invalidJson)");
        var record = Encoding.UTF8.GetString(records.ToArray());
        record.Should().StartWith("{\"line\":2,\"kind\":\"error\",\"errors\":[{\"path\":\"$\",\"code\":\"invalidJson\"").And.EndWith("}\n");
        record.Count(c => c == '\n').Should().Be(1);
    }
}
