using System.Diagnostics;
using System.Net.Http.Headers;

namespace Sensoa.Flags.LoadTest;

/// <summary>
/// Keeps a fixed number of connections busy with the same POST, each sending its next request as soon as the last one is
/// answered (a closed loop), for a fixed time and never more than a fixed number of requests.
/// </summary>
internal static class LoadClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    public static async Task<LoadResult> RunAsync(Uri uri, byte[] body, int connections, TimeSpan duration, long maxRequests)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
        };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(30) };

        var runtime = RuntimeCounters.Now();
        var issued = 0L;
        var failures = 0L;
        var latencies = new List<long>[connections];
        var started = Stopwatch.GetTimestamp();
        var stopAt = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var workers = new Task[connections];
        for (var c = 0; c < connections; c++)
        {
            // Small enough to stay off the large object heap, whose collections would land in the middle of a slice.
            var mine = latencies[c] = new List<long>(2048);
            workers[c] = Task.Run(async () =>
            {
                var sink = new byte[64 * 1024];
                while (Stopwatch.GetTimestamp() < stopAt && Interlocked.Increment(ref issued) <= maxRequests)
                {
                    var start = Stopwatch.GetTimestamp();
                    if (await SendAsync(client, uri, body, sink))
                    {
                        mine.Add(Stopwatch.GetTimestamp() - start);
                    }
                    else
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
            });
        }

        await Task.WhenAll(workers);
        var elapsed = Stopwatch.GetElapsedTime(started);
        runtime = RuntimeCounters.Now() - runtime;
        var all = latencies.SelectMany(l => l).ToArray();
        return new LoadResult(all.Length, failures, elapsed, all, runtime);
    }

    /// <summary>Sends one request and reads the whole answer; false unless it was a 200.</summary>
    public static async Task<bool> SendAsync(HttpClient client, Uri uri, byte[] body, byte[] sink)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = Json } },
            };
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await using var stream = await response.Content.ReadAsStreamAsync();
            while (await stream.ReadAsync(sink) > 0)
            {
            }

            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }
}
