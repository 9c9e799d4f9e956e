using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sensoa.Flags.Api.Tests.Wire;

/// <summary>
/// The API as the sample builds it, on real Kestrel on a free loopback port (the in-memory test server does no chunk
/// framing and no data-rate checks), with every log entry captured and a count of the requests the app has finished.
/// Requests go over raw sockets, so that a test can send what no HTTP client would: bad chunks, a body cut off, a slow body.
/// </summary>
internal sealed class LoopbackApi : IAsyncDisposable
{
    /// <summary>How long a test waits for an answer before it fails; never forever.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private readonly WebApplication app;
    private readonly RequestCounter counter = new();

    private LoopbackApi(string[] settings)
    {
        app = ApiApp.Build(["--urls", "http://127.0.0.1:0", .. settings], builder =>
        {
            builder.Logging.AddProvider(Log);
            builder.Services.AddSingleton<IStartupFilter>(counter);

            // A body slower than this is cut off after two seconds, so that the slow-body test takes seconds, not minutes.
            builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1000, TimeSpan.FromSeconds(2)));
        });
    }

    public LogCapture Log { get; } = new();

    public int Port { get; private set; }

    /// <summary>Gets the number of requests the app has finished (answered, failed or given up on).</summary>
    public int Finished => counter.Finished;

    /// <summary>Starts the app with the given configuration settings (e.g. <c>--Logging:LogLevel:Default=Information</c>).</summary>
    public static async Task<LoopbackApi> StartAsync(params string[] settings)
    {
        var api = new LoopbackApi(settings);
        using var timeout = new CancellationTokenSource(Patience);
        await api.app.StartAsync(timeout.Token);
        var address = api.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        api.Port = new Uri(address).Port;
        return api;
    }

    public T Service<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    /// <summary>
    /// Sends the parts of a request over one connection, pausing between them, then reads until the server closes the
    /// connection (requests say <c>Connection: close</c>). The status is null when the server closed without an answer.
    /// </summary>
    public async Task<(int? Status, string Response)> SendAsync(IEnumerable<byte[]> parts, TimeSpan pause = default, bool closeAfterSending = false)
    {
        using var timeout = new CancellationTokenSource(Patience);
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
        var stream = client.GetStream();
        try
        {
            foreach (var part in parts)
            {
                await stream.WriteAsync(part, timeout.Token);
                await stream.FlushAsync(timeout.Token);
                if (pause > TimeSpan.Zero)
                {
                    await Task.Delay(pause, timeout.Token);
                }
            }

            if (closeAfterSending)
            {
                client.Client.Shutdown(SocketShutdown.Send);
            }
        }
        catch (IOException)
        {
            // The server may close the connection before everything is sent (it stopped at the bad part): read its answer.
        }

        var response = new MemoryStream();
        try
        {
            await stream.CopyToAsync(response, timeout.Token);
        }
        catch (IOException)
        {
            // A reset after the answer, or instead of it.
        }

        var text = Encoding.UTF8.GetString(response.ToArray());
        return (text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) ? int.Parse(text.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture) : null, text);
    }

    /// <summary>Waits until the app has finished <paramref name="count"/> requests and a moment more for the server's own log lines.</summary>
    public async Task WaitForFinishedAsync(int count)
    {
        var start = DateTime.UtcNow;
        while (Finished < count && DateTime.UtcNow - start < Patience)
        {
            await Task.Delay(20);
        }

        Finished.Should().BeGreaterThanOrEqualTo(count, "the app should finish every request it was sent");
        await Task.Delay(300);
    }

    /// <summary>The head of a request to <paramref name="target"/>; <c>Connection: close</c>, so that reading to the end reads the answer.</summary>
    public static byte[] Head(string target, string framing) =>
        Encoding.ASCII.GetBytes($"POST {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nConnection: close\r\n{framing}\r\n\r\n");

    /// <summary>A body in chunked transfer coding, in chunks of <paramref name="size"/> bytes.</summary>
    public static byte[] Chunked(byte[] body, int size)
    {
        var wire = new MemoryStream();
        for (var at = 0; at < body.Length; at += size)
        {
            var length = Math.Min(size, body.Length - at);
            wire.Write(Encoding.ASCII.GetBytes(length.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "\r\n"));
            wire.Write(body, at, length);
            wire.Write("\r\n"u8);
        }

        wire.Write("0\r\n\r\n"u8);
        return wire.ToArray();
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(Patience);
        await app.StopAsync(timeout.Token);
        await app.DisposeAsync();
    }

    /// <summary>Counts the requests the app finished, outermost in the pipeline.</summary>
    private sealed class RequestCounter : IStartupFilter
    {
        private int finished;

        public int Finished => Volatile.Read(ref finished);

        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => builder =>
        {
            builder.Use(async (HttpContext context, RequestDelegate inner) =>
            {
                try
                {
                    await inner(context);
                }
                finally
                {
                    Interlocked.Increment(ref finished);
                }
            });
            next(builder);
        };
    }
}
