using System.Text;
using CsCheck;
using Sensoa.Flags.Batch;
using Sensoa.Flags.Json;

namespace Sensoa.Flags.Tests.Batch;

public sealed class OrderingTests
{
    [Fact]
    public async Task AssessManyAsync_ManyLinesOnFourWorkers_InputOrderAndSameAsAssessingEachAlone()
    {
        var lines = Enumerable.Range(1, 3000).Select(BatchLines.Incident).ToArray();
        var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(
            BatchLines.Stream(lines), new BatchOptions { MaxDegreeOfParallelism = 4 }));

        results.Select(r => r.LineNumber).Should().Equal(Enumerable.Range(1, 3000).Select(n => (long)n));
        for (var i = 0; i < lines.Length; i++)
        {
            var alone = BatchLines.Assessor.AssessJson(Encoding.UTF8.GetBytes(lines[i]));
            results[i].Result.IsValid.Should().BeTrue();
            SensoaJson.Serialize(results[i].Result.Assessment!).Should().Be(SensoaJson.Serialize(alone.Assessment!), $"line {i + 1}");
        }
    }

    [Fact]
    public async Task AssessManyAsync_InputReadInRandomPieces_SameResultsAsOnePiece()
    {
        var lines = Enumerable.Range(1, 40).Select(BatchLines.Incident).ToArray();
        var expected = (await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(BatchLines.Stream(lines))))
            .Select(r => SensoaJson.Serialize(r.Result.Assessment!)).ToArray();
        var bytes = BatchLines.Stream(lines).ToArray();

        await Gen.Int[1, 700].Array[1, 20].SampleAsync(
            async pieces =>
            {
                var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(new PiecewiseStream(bytes, pieces), new BatchOptions { MaxDegreeOfParallelism = 2 }));
                return results.Select(r => SensoaJson.Serialize(r.Result.Assessment!)).SequenceEqual(expected);
            },
            iter: 30);
    }

    [Fact]
    public async Task AssessManyAsync_CrLfBlankLinesAndNoFinalNewline_LineNumbersCountEveryLine()
    {
        var incident = BatchLines.Incident(1);
        var input = new MemoryStream(Encoding.UTF8.GetBytes($"\uFEFF{incident}\r\n\r\n   \n{incident}"));
        var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(input));

        results.Select(r => r.LineNumber).Should().Equal(1, 4);
        results.Should().OnlyContain(r => r.Result.IsValid);
    }

    [Fact]
    public async Task AssessManyAsync_EmptyInput_NoResults()
    {
        var results = await BatchLines.ToListAsync(BatchLines.Assessor.AssessManyAsync(new MemoryStream()));
        results.Should().BeEmpty();
    }

    [Fact]
    public async Task ReassessAsync_EmptyInput_NoRecordsAndZeroCounts()
    {
        var records = new MemoryStream();
        var summary = await BatchLines.Assessor.ReassessAsync(new MemoryStream(), records);

        records.Length.Should().Be(0);
        summary.LinesRead.Should().Be(0);
        summary.Changes.Should().BeEmpty();
        summary.Refusals.Should().BeEmpty();
        summary.NewRuleSetVersion.Should().Be(BatchLines.Assessor.RuleSetVersion);
    }

    /// <summary>Gives the bytes back in pieces of the given sizes (cycling), as a pipe or a network stream would.</summary>
    private sealed class PiecewiseStream(byte[] bytes, int[] pieces) : MemoryStream(bytes)
    {
        private int next;

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var size = Math.Min(buffer.Length, pieces[next++ % pieces.Length]);
            return base.ReadAsync(buffer[..size], cancellationToken);
        }
    }
}
