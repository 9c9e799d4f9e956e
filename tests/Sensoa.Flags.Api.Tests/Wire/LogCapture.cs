using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Sensoa.Flags.Api.Tests.Wire;

/// <summary>Keeps every log entry the app writes: level, category, the formatted message, its structured values and any exception.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<Entry> entries = new();

    public IReadOnlyList<Entry> Entries => [.. entries];

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    /// <summary>One log entry; <see cref="Text"/> holds everything a log sink could write out.</summary>
    public sealed record Entry(LogLevel Level, string Category, string Text, Exception? Exception);

    private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var text = formatter(state, exception);
            if (state is IEnumerable<KeyValuePair<string, object?>> values)
            {
                text += " | " + string.Join("; ", values.Select(v => $"{v.Key}={v.Value}"));
            }

            entries.Enqueue(new Entry(logLevel, category, text + (exception is null ? string.Empty : " | " + exception), exception));
        }
    }
}
