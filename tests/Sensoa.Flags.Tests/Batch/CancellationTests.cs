using System.Text;
using Sensoa.Flags.Batch;

namespace Sensoa.Flags.Tests.Batch;

public sealed class CancellationTests
{
    [Fact]
    public async Task AssessManyAsync_CancelledDuringAnEndlessInput_StopsWithOperationCanceled()
    {
        using var cancel = new CancellationTokenSource();
        var seen = 0L;
        var run = async () =>
        {
            await foreach (var result in BatchLines.Assessor.AssessManyAsync(new EndlessIncidents(), cancellationToken: cancel.Token))
            {
                seen = result.LineNumber;
                if (seen == 1000)
                {
                    await cancel.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        seen.Should().BeInRange(1000, 1000 + (JsonLinesReader.LinesPerChunk * 2));
    }

    [Fact]
    public async Task ReassessAsync_CancelledBeforeTheStart_ThrowsAndWritesNothing()
    {
        var records = new MemoryStream();
        var run = () => BatchLines.Assessor.ReassessAsync(BatchLines.Stream(BatchLines.Pair(BatchLines.Incident(1))), records, cancellationToken: new CancellationToken(true));

        await run.Should().ThrowAsync<OperationCanceledException>();
        records.Length.Should().Be(0);
    }

    [Fact]
    public async Task ReassessAsync_CancelledFromProgress_Stops()
    {
        using var cancel = new CancellationTokenSource();
        var progress = new Inline(p =>
        {
            if (p.LinesRead >= 8192)
            {
                cancel.Cancel();
            }
        });
        var run = () => BatchLines.Assessor.ReassessAsync(new EndlessIncidents(), Stream.Null, progress: progress, cancellationToken: cancel.Token);

        await run.Should().ThrowAsync<OperationCanceledException>();
    }

    private sealed class Inline(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }

    /// <summary>Incidents without end: only cancellation stops a batch over it.</summary>
    private sealed class EndlessIncidents : Stream
    {
        private readonly byte[] line = Encoding.UTF8.GetBytes(BatchLines.Incident(8) + "\n");
        private int offset;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                var take = Math.Min(count - written, line.Length - this.offset);
                Array.Copy(line, this.offset, buffer, offset + written, take);
                written += take;
                this.offset = (this.offset + take) % line.Length;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
