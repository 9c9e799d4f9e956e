using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Sensoa.Flags.Batch;

/// <summary>
/// Reads chunks of lines, processes them on up to N cores, and gives the results back in input order. The order is
/// kept by a bounded channel of the chunks' tasks, read first-in first-out: a result waits for the ones before it, and
/// the reader waits when the channel is full, so memory holds at most a few chunks per core whatever the input size.
/// </summary>
internal static class OrderedPipeline
{
    public static async IAsyncEnumerable<TResult> RunAsync<TResult>(
        Stream input,
        Func<LineChunk, TResult[]> process,
        int parallelism,
        Action<long>? bytesRead,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A limited scheduler, not dedicated threads: the pool's threads, at most `parallelism` at a time.
        var scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, parallelism).ConcurrentScheduler;
        var pending = Channel.CreateBounded<Task<TResult[]>>(new BoundedChannelOptions(parallelism * 2)
        {
            SingleReader = true,
            SingleWriter = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(input, process, scheduler, pending.Writer, bytesRead, stop.Token), CancellationToken.None);
        try
        {
            while (await pending.Reader.WaitToReadAsync(stop.Token).ConfigureAwait(false))
            {
                while (pending.Reader.TryRead(out var task))
                {
                    stop.Token.ThrowIfCancellationRequested();
                    var results = await task.ConfigureAwait(false);
                    foreach (var result in results)
                    {
                        yield return result;
                    }
                }
            }

            await producer.ConfigureAwait(false);
        }
        finally
        {
            // The consumer stopped early (cancelled, an exception, or it broke off): stop reading and let the work drain.
            await stop.CancelAsync().ConfigureAwait(false);
            await Drain(producer, pending.Reader).ConfigureAwait(false);
        }
    }

    private static async Task ProduceAsync<TResult>(
        Stream input,
        Func<LineChunk, TResult[]> process,
        TaskScheduler scheduler,
        ChannelWriter<Task<TResult[]>> writer,
        Action<long>? bytesRead,
        CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var chunk in JsonLinesReader.ReadChunksAsync(input, bytesRead, cancellationToken).ConfigureAwait(false))
            {
                var work = Task.Factory.StartNew(
                    () =>
                    {
                        try
                        {
                            return process(chunk);
                        }
                        finally
                        {
                            chunk.Release();
                        }
                    },
                    CancellationToken.None,
                    TaskCreationOptions.DenyChildAttach,
                    scheduler);
                await writer.WriteAsync(work, cancellationToken).ConfigureAwait(false);
            }

            writer.TryComplete();
        }
        catch (Exception ex)
        {
            writer.TryComplete(ex);
        }
    }

    private static async Task Drain<TResult>(Task producer, ChannelReader<Task<TResult[]>> reader)
    {
        try
        {
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Expected when the run was cancelled.
        }

        while (reader.TryRead(out var task))
        {
            try
            {
                await task.ConfigureAwait(false);
            }
            catch (Exception)
            {
                // A chunk whose result nobody will read; its failure was not the reason the run stopped.
            }
        }
    }
}
