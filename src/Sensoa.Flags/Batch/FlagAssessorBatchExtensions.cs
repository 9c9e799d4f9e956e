using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Assesses JSON Lines streams: one incident per line, or one <c>{ "incident": ..., "assessment": ... }</c> pair per line
/// with a stored assessment to compare. Results come in input order; memory stays bounded whatever the input size; the
/// lines are assessed on every core (or <see cref="BatchOptions.MaxDegreeOfParallelism"/>). A bad line never stops the
/// batch: its result carries the errors with the line number and the JSON paths.
/// </summary>
public static class FlagAssessorBatchExtensions
{
    private const int ProgressCheckEvery = 256;

    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(200);

    /// <summary>Assesses every line of a JSON Lines stream, giving the results in input order. Blank lines are skipped.</summary>
    /// <param name="assessor">The assessor, shared by every line.</param>
    /// <param name="jsonLines">The UTF-8 input; read to its end, not closed.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="cancellationToken">Stops the batch; the enumeration then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>One result per non-blank line, in input order.</returns>
    public static IAsyncEnumerable<BatchResult> AssessManyAsync(
        this IFlagAssessor assessor, Stream jsonLines, BatchOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(jsonLines);
        return Results(assessor, jsonLines, options ?? new BatchOptions(), cancellationToken);
    }

    /// <summary>
    /// Re-assesses a stream of stored assessments with today's rules and writes one JSON Lines record per line that needs
    /// attention, in input order: <c>changed</c> (with each changed behaviour's old and new values and the kinds of
    /// change), <c>error</c> (with the JSON paths), or <c>assessed</c> for a lone incident. Unchanged pairs write nothing.
    /// </summary>
    /// <param name="assessor">The assessor with today's rules.</param>
    /// <param name="jsonLines">The UTF-8 input; read to its end, not closed.</param>
    /// <param name="records">Where the records go (<see cref="Stream.Null"/> for the summary only); flushed, not closed.</param>
    /// <param name="options">The options; null for the defaults.</param>
    /// <param name="progress">Told how far the batch has come, about five times a second and at the end; null for none.</param>
    /// <param name="cancellationToken">Stops the batch; the task then throws <see cref="OperationCanceledException"/>.</param>
    /// <returns>The counts per kind of line and per kind of change.</returns>
    public static async Task<ReassessmentSummary> ReassessAsync(
        this IFlagAssessor assessor,
        Stream jsonLines,
        Stream records,
        BatchOptions? options = null,
        IProgress<BatchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessor);
        ArgumentNullException.ThrowIfNull(jsonLines);
        ArgumentNullException.ThrowIfNull(records);
        var summary = new SummaryBuilder(assessor.RuleSetVersion);
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        var clock = Stopwatch.StartNew();
        long bytesRead = 0;
        var lastReport = TimeSpan.Zero;
        void Report()
        {
            lastReport = clock.Elapsed;
            progress?.Report(new BatchProgress(summary.Lines, Interlocked.Read(ref bytesRead), summary.Refused, summary.OutcomeChanged, lastReport));
        }

        await foreach (var line in Outcomes(assessor, jsonLines, options ?? new BatchOptions(), n => Interlocked.Exchange(ref bytesRead, n), cancellationToken).ConfigureAwait(false))
        {
            if (line.Result is not { } result)
            {
                summary.AddBlank();
                continue;
            }

            summary.Add(result);
            BatchRecordWriter.Write(result, buffer);
            if (buffer.WrittenCount >= 48 * 1024)
            {
                await records.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
                buffer.ResetWrittenCount();
            }

            if (progress is not null && summary.Lines % ProgressCheckEvery == 0 && clock.Elapsed - lastReport >= ProgressInterval)
            {
                Report();
            }
        }

        await records.WriteAsync(buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        await records.FlushAsync(cancellationToken).ConfigureAwait(false);
        Report();
        return summary.Build();
    }

    private static async IAsyncEnumerable<BatchResult> Results(
        IFlagAssessor assessor, Stream jsonLines, BatchOptions options, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in Outcomes(assessor, jsonLines, options, null, cancellationToken).ConfigureAwait(false))
        {
            if (line.Result is { } result)
            {
                yield return result;
            }
        }
    }

    private static IAsyncEnumerable<LineOutcome> Outcomes(
        IFlagAssessor assessor, Stream jsonLines, BatchOptions options, Action<long>? bytesRead, CancellationToken cancellationToken)
    {
        var assessment = options.Assessment;
        return OrderedPipeline.RunAsync(
            jsonLines,
            chunk =>
            {
                var outcomes = new LineOutcome[chunk.Lines.Count];
                for (var i = 0; i < outcomes.Length; i++)
                {
                    var line = chunk.Lines[i];
                    var bytes = chunk.Buffer.AsMemory(line.Start, line.Length);
                    outcomes[i] = !line.IsTooLong && BatchLineAssessor.IsBlank(bytes.Span)
                        ? new LineOutcome(line.Number, null)
                        : new LineOutcome(line.Number, BatchLineAssessor.Assess(assessor, line, bytes, assessment));
                }

                return outcomes;
            },
            options.Parallelism,
            bytesRead,
            cancellationToken);
    }
}
