using System.Globalization;
using Sensoa.Flags.Batch;
using Spectre.Console;

namespace Sensoa.Flags.Cli.Commands;

/// <summary>
/// The progress of a long batch on standard error, drawn by Spectre.Console, only when standard error is a terminal:
/// a log file or a pipe gets no escape codes and no redraws.
/// </summary>
internal static class ProgressDisplay
{
    public static async Task<T> RunAsync<T>(bool terminal, long? inputLength, Func<IProgress<BatchProgress>?, Task<T>> run)
    {
        if (!terminal)
        {
            return await run(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask("starting", maxValue: Math.Max(inputLength ?? 1, 1));
                task.IsIndeterminate = inputLength is null;
                var result = await run(new Reporter(task)).ConfigureAwait(false);
                task.Value = task.MaxValue;
                task.StopTask();
                return result;
            }).ConfigureAwait(false);
    }

    private sealed class Reporter(ProgressTask task) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            var seconds = Math.Max(value.Elapsed.TotalSeconds, 0.001);
            task.Value = Math.Min(value.BytesRead, task.MaxValue);
            task.Description = string.Create(
                CultureInfo.InvariantCulture,
                $"{value.LinesRead:N0} lines, {value.LinesRead / seconds:N0}/s, {value.Changed:N0} changed, {value.Errors:N0} refused");
        }
    }
}
